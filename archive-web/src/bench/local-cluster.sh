#!/usr/bin/env bash
# A local archive of several nodes, to try a deployment on one machine: s3proxy keeping an S3 bucket in a folder,
# a fresh database on the machine's PostgreSQL, and N packaged archives on consecutive ports sharing both, as they
# would behind a load balancer. Run it to start one (Ctrl-C stops everything and drops the database); run.sh
# sources it for the benchmark's --storage s3 and --nodes runs. See README.md ("Deployment").
#
# usage: archive-web/src/bench/local-cluster.sh [--nodes N] [--port P] [--dir DIR]
#   --nodes N   archive processes (default 2), on ports P, P+1, …
#   --port P    port of the first node (default 8080); s3proxy listens on P+100
#   --dir DIR   where s3proxy's bucket, the nodes' data directories and logs go (default: a new temporary folder)
# Environment: CLUSTER_PG_ADMIN (psql connection of a superuser on the PostgreSQL to use, default
# postgresql://postgres@127.0.0.1:5432/postgres; the nodes connect to 127.0.0.1:5432 as postgres), ARCHIVE_ADMIN_USER
# and ARCHIVE_ADMIN_PASSWORD (default admin / change-me), ARCHIVE_JAVA_OPTS (the nodes' JVM options).

CLUSTER_PG_ADMIN="${CLUSTER_PG_ADMIN:-postgresql://postgres@127.0.0.1:5432/postgres}"
CLUSTER_BUCKET=archive-ocfl
CLUSTER_S3_KEY=local-key
CLUSTER_S3_SECRET=local-secret
CLUSTER_S3PROXY_PID=""
CLUSTER_DATABASE=""
CLUSTER_NODE_PIDS=()
# One login-session key for every node, so that a session begun on one is valid on the others.
CLUSTER_SESSION_KEY="$(head -c 24 /dev/urandom | base64 | tr -d '/+=')"

# The classpath of s3proxy 2.6.0 (a test dependency of archive-web) from the local Maven repository, kept in $1.
cluster_s3proxy_classpath() {
  local file="$1" repo="$2"
  if [[ ! -s "$file" ]]; then
    mkdir -p "$(dirname "$file")"
    (cd "$repo" && { ./mvnw -q -B -o -pl archive-web org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile="$file" >/dev/null \
      || ./mvnw -q -B -pl archive-web org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile="$file" >/dev/null; })
  fi
  cat "$file"
}

# cluster_start_s3proxy <folder> <port> <classpath file> <repo>: s3proxy keeping its buckets as sub-folders of
# <folder> (filesystem-nio2), with the bucket archive-ocfl; sets CLUSTER_S3_ENDPOINT and CLUSTER_S3PROXY_PID.
cluster_start_s3proxy() {
  local folder="$1" port="$2" classpath
  classpath=$(cluster_s3proxy_classpath "$3" "$4")
  mkdir -p "$folder/buckets/$CLUSTER_BUCKET"
  cat > "$folder/s3proxy.conf" <<EOF
s3proxy.endpoint=http://127.0.0.1:$port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$CLUSTER_S3_KEY
s3proxy.credential=$CLUSTER_S3_SECRET
# the SDK sends a CRC32 checksum with multi-object deletes, which s3proxy 2.6 does not know
s3proxy.ignore-unknown-headers=true
jclouds.provider=filesystem-nio2
jclouds.filesystem.basedir=$folder/buckets
jclouds.identity=$CLUSTER_S3_KEY
jclouds.credential=$CLUSTER_S3_SECRET
EOF
  java -Xmx256m -cp "$classpath" org.gaul.s3proxy.Main --properties "$folder/s3proxy.conf" \
      >>"$folder/s3proxy.log" 2>&1 &
  CLUSTER_S3PROXY_PID=$!
  CLUSTER_S3_ENDPOINT="http://127.0.0.1:$port"
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    if ! kill -0 "$CLUSTER_S3PROXY_PID" 2>/dev/null; then
      tail -20 "$folder/s3proxy.log" >&2; echo "s3proxy did not start" >&2; return 1
    fi
    sleep 0.1
  done
}

cluster_stop_s3proxy() {
  if [[ -n "$CLUSTER_S3PROXY_PID" ]]; then
    kill "$CLUSTER_S3PROXY_PID" 2>/dev/null || true
    wait "$CLUSTER_S3PROXY_PID" 2>/dev/null || true
    CLUSTER_S3PROXY_PID=""
  fi
}

# A new, empty database on the machine's PostgreSQL; sets CLUSTER_DATABASE.
cluster_create_database() {
  CLUSTER_DATABASE="$1"
  psql -q -v ON_ERROR_STOP=1 "$CLUSTER_PG_ADMIN" -c "CREATE DATABASE $CLUSTER_DATABASE" >/dev/null
}

cluster_drop_database() {
  if [[ -n "$CLUSTER_DATABASE" ]]; then
    psql -q "$CLUSTER_PG_ADMIN" -c "DROP DATABASE IF EXISTS $CLUSTER_DATABASE WITH (FORCE)" >/dev/null || true
    CLUSTER_DATABASE=""
  fi
}

# The settings every node of the cluster shares (as NAME=value words for env): storage, and the database if any.
cluster_settings() {
  echo ARCHIVE_STORAGE=s3 ARCHIVE_S3_ENDPOINT="$CLUSTER_S3_ENDPOINT" ARCHIVE_S3_BUCKET="$CLUSTER_BUCKET" \
      ARCHIVE_S3_PATH_STYLE_ACCESS=true ARCHIVE_S3_ACCESS_KEY_ID="$CLUSTER_S3_KEY" \
      ARCHIVE_S3_SECRET_ACCESS_KEY="$CLUSTER_S3_SECRET" QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="$CLUSTER_SESSION_KEY"
  if [[ -n "$CLUSTER_DATABASE" ]]; then
    echo QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$CLUSTER_DATABASE" \
        QUARKUS_DATASOURCE_USERNAME=postgres
  fi
}

# Database server processes serving the cluster's database (their CPU is the catalog's share of the work).
cluster_database_pids() {
  [[ -n "$CLUSTER_DATABASE" ]] && psql -At "$CLUSTER_PG_ADMIN" \
      -c "SELECT pid FROM pg_stat_activity WHERE datname = '$CLUSTER_DATABASE'" 2>/dev/null
  return 0
}

cluster_database_bytes() {
  psql -At "$CLUSTER_PG_ADMIN" -c "SELECT pg_database_size('$CLUSTER_DATABASE')"
}

cluster_stop_nodes() {
  [[ $# -gt 0 ]] || return 0
  kill "$@" 2>/dev/null || true
  wait "$@" 2>/dev/null || true
}

cluster_main() {
  set -euo pipefail
  local nodes=2 port=8080 dir="" repo
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --nodes) nodes="$2"; shift 2 ;;
      --port) port="$2"; shift 2 ;;
      --dir) dir="$2"; shift 2 ;;
      -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; return 0 ;;
      *) echo "unknown option $1 (--help)" >&2; return 2 ;;
    esac
  done
  repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
  local jar="$repo/archive-web/target/quarkus-app/quarkus-run.jar"
  [[ -f "$jar" ]] || { echo "build the app first: ./mvnw -B package -DskipTests" >&2; return 1; }
  dir="${dir:-$(mktemp -d "${TMPDIR:-/tmp}/archive-cluster.XXXXXX")}"
  trap 'cluster_stop_nodes "${CLUSTER_NODE_PIDS[@]}"; cluster_stop_s3proxy; cluster_drop_database' EXIT
  trap 'exit 0' INT TERM
  cluster_start_s3proxy "$dir/s3" $(( port + 100 )) "$repo/archive-web/target/s3proxy.classpath" "$repo"
  cluster_create_database "archive_cluster_$$"
  local node
  for node in $(seq 1 "$nodes"); do
    # shellcheck disable=SC2046,SC2086
    env $(cluster_settings) ARCHIVE_DATA_DIR="$dir/node-$node" QUARKUS_HTTP_PORT=$(( port + node - 1 )) \
        ARCHIVE_ADMIN_USER="${ARCHIVE_ADMIN_USER:-admin}" ARCHIVE_ADMIN_PASSWORD="${ARCHIVE_ADMIN_PASSWORD:-change-me}" \
        java ${ARCHIVE_JAVA_OPTS:--Xmx200m} -jar "$jar" >>"$dir/node-$node.log" 2>&1 &
    CLUSTER_NODE_PIDS+=($!)
    # One after the other: the first creates the schema and archives the seeds.
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(( port + node - 1 ))/q/health/ready")" == 200 ]]; do
      kill -0 "${CLUSTER_NODE_PIDS[-1]}" 2>/dev/null || { tail -30 "$dir/node-$node.log" >&2; return 1; }
      sleep 0.2
    done
    echo "node $node: http://127.0.0.1:$(( port + node - 1 ))/ (log $dir/node-$node.log)"
  done
  echo "bucket s3://$CLUSTER_BUCKET at $CLUSTER_S3_ENDPOINT (folder $dir/s3/buckets/$CLUSTER_BUCKET), database $CLUSTER_DATABASE"
  echo "Ctrl-C stops the nodes and s3proxy and drops the database"
  wait "${CLUSTER_NODE_PIDS[@]}"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  cluster_main "$@"
fi
