#!/usr/bin/env bash
# The archive's benchmark: every figure beside its baseline, measured in the same run on this machine.
# Builds the app, generates a deterministic news-like corpus, installs wrk and nginx if missing, runs the packaged
# app on a temporary data directory (embedded PostgreSQL), prints a table and writes archive-web/target/bench/
# results.json. With --storage s3 the OCFL store is in a bucket of s3proxy (and so is the bare ocfl-java baseline);
# with --nodes N, N archive processes share that bucket and a fresh database on the machine's PostgreSQL, and the
# load goes through all of them. Those runs add their figures to results.json beside the default run's, under
# "s3-1-node" or "s3-N-nodes". See README.md ("Benchmark").
set -euo pipefail

usage() {
  cat <<'EOF'
usage: archive-web/src/bench/run.sh [--docs N] [--duration SECONDS] [--seed N] [--skip-build] [--jfr] [--keep]
                                    [--startup-only] [--storage filesystem|s3] [--nodes N]
  --docs N            corpus size (default 10000; 100000 for the start-up goal)
  --startup-only      import the corpus, then measure only the start-up with it archived (the derivation the
                      import queued goes on in the background after the restart); for --docs 100000, whose
                      derivation alone takes longer than a session
  --storage KIND      filesystem (default: the OCFL store under the data directory) or s3 (a bucket of s3proxy,
                      run from its Maven jars; the ingest baseline writes to the same s3proxy)
  --nodes N           archive processes serving one archive (default 1); N > 1 implies --storage s3 and a fresh
                      database on the PostgreSQL at 127.0.0.1:5432 (superuser postgres, trust; CLUSTER_PG_ADMIN
                      says otherwise), dropped at the end. wrk's threads are spread over the nodes, the import is
                      split into one folder per node, and every node derives
  --duration SECONDS  length of each measured HTTP run (default 20), after a warm-up
  --seed N            corpus seed (default 42); the same seed gives the same corpus
  --skip-build        use the app and bench classes already built
  --jfr               record a JFR profile of the archive during the HTTP runs (target/bench/archive.jfr)
  --keep              keep the temporary data directory (its path is printed)
Environment: ARCHIVE_JAVA_OPTS (JVM options of the archive; default: the README's recommended ones) and
MALLOC_ARENA_MAX (default 2, as the README recommends).
EOF
}

DOCS=10000
DURATION=20
WARMUP=10
SEED=42
THREADS=2
CONNECTIONS=64
BUILD=1
JFR=0
KEEP=0
STARTUP_ONLY=0
STORAGE=filesystem
NODES=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --docs) DOCS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --skip-build) BUILD=0; shift ;;
    --jfr) JFR=1; shift ;;
    --keep) KEEP=1; shift ;;
    --startup-only) STARTUP_ONLY=1; shift ;;
    --storage) STORAGE="$2"; shift 2 ;;
    --nodes) NODES="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done

[[ "$STORAGE" == filesystem || "$STORAGE" == s3 ]] || { usage >&2; exit 2; }
[[ "$NODES" =~ ^[1-9][0-9]*$ ]] || { usage >&2; exit 2; }
(( NODES > 1 )) && STORAGE=s3

BENCH="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=local-cluster.sh
source "$BENCH/local-cluster.sh"
REPO="$(cd "$BENCH/../../.." && pwd)"
OUT="$REPO/archive-web/target/bench"
LIB="$REPO/archive-web/target/quarkus-app/lib/main"
JAR="$REPO/archive-web/target/quarkus-app/quarkus-run.jar"
PARTS="$OUT/parts"
CORPUS="$OUT/corpus-$DOCS-$SEED"
LUA="$BENCH/lua/random-requests.lua"
RUN="$(mktemp -d "${TMPDIR:-/tmp}/archive-bench.XXXXXX")"
DATA="$RUN/data"
ARCHIVE_JAVA_OPTS="${ARCHIVE_JAVA_OPTS:--XX:MaxRAM=1g -XX:+UseParallelGC -Xmx200m}"
ADMIN_PASSWORD="bench-$RANDOM$RANDOM"
ARCHIVE_PID=""
ARCHIVE_PIDS=()
ARCHIVES=()
NGINX_PID=""
# The default run's figures are results.json itself; the others go into it under their own name.
RESULTS_KEY=""
if [[ "$STORAGE" != filesystem || "$NODES" != 1 ]]; then
  RESULTS_KEY="$STORAGE-$NODES-node$([[ "$NODES" == 1 ]] || echo s)"
fi

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }

cleanup() {
  [[ -n "$ARCHIVE_PID" ]] && stop_archive
  if [[ -n "$NGINX_PID" ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill -QUIT "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true
  fi
  cluster_stop_s3proxy
  cluster_drop_database
  if [[ "$KEEP" == 1 ]]; then log "kept $RUN"; else rm -rf "$RUN"; fi
}
trap cleanup EXIT

free_port() {
  local port
  for port in $(seq "$1" $(( $1 + 200 ))); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port from $1" >&2; exit 1
}

install_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
  if [[ ${#missing[@]} -gt 0 ]]; then
    log "installing ${missing[*]} (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

build() {
  if [[ "$BUILD" == 1 ]]; then
    log "building the app (./mvnw package -DskipTests)"
    (cd "$REPO" && ./mvnw -B -q package -DskipTests -pl archive-web -am)
  fi
  log "compiling the benchmark helpers"
  rm -rf "$OUT/classes"
  javac -nowarn -d "$OUT/classes" -cp "$LIB/*" $(find "$BENCH/java" -name '*.java')
}

bench_java() { java -cp "$OUT/classes:$LIB/*" "$@" 2>>"$RUN/bench-java.log"; }

corpus() {
  if [[ ! -f "$CORPUS/complete" ]]; then
    log "generating $DOCS documents (seed $SEED)"
    rm -rf "$CORPUS"
    bench_java archive.bench.CorpusGenerator "$CORPUS" "$DOCS" "$SEED" >&2
    find "$CORPUS/match" -type f | sort > "$CORPUS/match-files.txt"
    touch "$CORPUS/complete"
  fi
  CORPUS_BYTES=$(find "$CORPUS/import" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
}

# The data directory of node $1 (the first node's is $DATA).
node_data() { if [[ "$1" == 1 ]]; then echo "$DATA"; else echo "$RUN/data-$1"; fi; }

# Starts every node, one after the other (the first creates the schema and archives the seeds); STARTUP_SECONDS is
# the first node's start-up.
start_archive() {
  local node started port jfr=() log
  ARCHIVE_PIDS=()
  for node in $(seq 1 "$NODES"); do
    started=$(now)
    port=$(( ARCHIVE_PORT + 2 * (node - 1) ))
    log="$RUN/archive.log"
    [[ "$node" == 1 ]] || log="$RUN/archive-$node.log"
    jfr=()
    [[ "$JFR" == 1 && "${1:-}" == profile && "$node" == 1 ]] \
        && jfr=(-XX:StartFlightRecording=filename="$OUT/archive.jfr",settings=profile)
    # shellcheck disable=SC2046,SC2086
    (cd "$RUN" && exec env MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" ARCHIVE_DATA_DIR="$(node_data "$node")" \
        QUARKUS_HTTP_PORT="$port" ARCHIVE_IMPORTS_ROOT="$CORPUS" ARCHIVE_SEEDS_DIR="$REPO/seeds" \
        ARCHIVE_ADMIN_USER=bench ARCHIVE_ADMIN_PASSWORD="$ADMIN_PASSWORD" $(storage_settings) \
        java $ARCHIVE_JAVA_OPTS "${jfr[@]}" -jar "$JAR") >>"$log" 2>&1 &
    ARCHIVE_PIDS+=($!)
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/q/health/ready")" == 200 ]]; do
      if ! kill -0 "${ARCHIVE_PIDS[-1]}" 2>/dev/null; then
        tail -30 "$log" >&2; echo "the archive did not start" >&2; exit 1
      fi
      sleep 0.05
    done
    [[ "$node" == 1 ]] && STARTUP_SECONDS=$(elapsed "$started" "$(now)")
    log "archive node $node ready on port $port in $(elapsed "$started" "$(now)")s (pid ${ARCHIVE_PIDS[-1]})"
  done
  ARCHIVE_PID="${ARCHIVE_PIDS[0]}"
}

stop_archive() {
  kill -TERM "${ARCHIVE_PIDS[@]}" 2>/dev/null || true
  wait "${ARCHIVE_PIDS[@]}" 2>/dev/null || true
  ARCHIVE_PID=""
  ARCHIVE_PIDS=()
}

# What the nodes share besides the corpus: the store in s3proxy's bucket and, for several nodes, the database.
storage_settings() {
  [[ "$STORAGE" == s3 ]] && cluster_settings
  return 0
}

start_storage() {
  [[ "$STORAGE" == s3 ]] || return 0
  cluster_start_s3proxy "$RUN/s3" "$(free_port $(( ARCHIVE_PORT + 2 * NODES )))" "$OUT/s3proxy.classpath" "$REPO"
  mkdir -p "$RUN/s3/buckets/bare-ocfl"
  log "s3proxy on $CLUSTER_S3_ENDPOINT (pid $CLUSTER_S3PROXY_PID), buckets in $RUN/s3/buckets"
  if (( NODES > 1 )); then
    cluster_create_database "archive_bench_$$"
    log "database $CLUSTER_DATABASE on 127.0.0.1:5432, shared by $NODES nodes"
  fi
}

start_nginx() {
  mkdir -p "$RUN/nginx"
  sed -e "s|@RUN@|$RUN/nginx|g" -e "s|@PORT@|$NGINX_PORT|g" -e "s|@STATIC@|$CORPUS/static|g" \
      "$BENCH/nginx/nginx.conf.template" > "$RUN/nginx/nginx.conf"
  local binary
  binary=$(command -v nginx || echo /usr/sbin/nginx)
  "$binary" -e "$RUN/nginx/error.log" -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf" &
  NGINX_PID=$!
  until curl -s -o /dev/null "$NGINX/"; do sleep 0.05; done
}

ingest() {
  if [[ "$STARTUP_ONLY" == 1 ]]; then
    archive_import; return
  fi
  local bare_store="$RUN/bare/ocfl" s3=()
  if [[ "$STORAGE" == s3 ]]; then
    s3=("$CLUSTER_S3_ENDPOINT" bare-ocfl "" "$CLUSTER_S3_KEY" "$CLUSTER_S3_SECRET")
    bare_store="$RUN/s3/buckets/bare-ocfl"
  fi
  log "ingest baseline: $DOCS files into a bare ocfl-java repository ($STORAGE)"
  bench_java archive.bench.BareOcflImport "$CORPUS/import" "$RUN/bare" "${s3[@]}" | {
    read -r documents seconds cpu
    printf '{"documents": %d, "seconds": %s, "cpuSeconds": %s}\n' "$documents" "$seconds" "$cpu" \
        > "$PARTS/ingest-baseline.json"
  }
  BARE_STORE_BYTES=$(( $(du -sk "$bare_store" | cut -f1) * 1024 ))
  # Kept until the run ends: deleting its files now would slow the archive's import that follows (ext4 scans past
  # recently freed inodes when it creates files), a cost the baseline never paid.
  archive_import
  log "derivation: metadata, facets and provenance of the imported documents, in the background"
  local ticks
  ticks=$(archive_cpu_ticks)
  until [[ "$(derivation_queued)" == 0 ]]; do sleep 0.5; done
  printf '{"documents": %d, "seconds": %s, "cpuSeconds": %s}\n' "$DOCS" "$(elapsed "$IMPORT_FINISHED" "$(now)")" \
      "$(seconds_of "$(( $(archive_cpu_ticks) - ticks ))")" > "$PARTS/derivation-archive.json"
}

# One import folder per node, each a share of the corpus in name order (hard links of the corpus files).
import_folders() {
  if (( NODES == 1 )); then echo import; return; fi
  local parts="import-$NODES-nodes" node
  if [[ ! -f "$CORPUS/$parts/complete" ]]; then
    rm -rf "${CORPUS:?}/$parts"
    for node in $(seq 1 "$NODES"); do mkdir -p "$CORPUS/$parts/$node"; done
    find "$CORPUS/import" -maxdepth 1 -type f | sort | awk -v n="$NODES" -v docs="$DOCS" -v dir="$CORPUS/$parts" \
        '{ print $0 "\t" dir "/" (int((NR - 1) * n / docs) + 1) }' \
      | while IFS=$'\t' read -r file folder; do ln "$file" "$folder/"; done
    touch "$CORPUS/$parts/complete"
  fi
  for node in $(seq 1 "$NODES"); do echo "$parts/$node"; done
}

archive_import() {
  log "ingest: POST /api/v1/imports of the same $DOCS files (answered once they are stored and catalogued)$( \
      (( NODES > 1 )) && echo ", a share through each of the $NODES nodes at once")"
  local started finished imported=0 ticks folder node=0 requests=()
  started=$(now)
  ticks=$(archive_cpu_ticks)
  for folder in $(import_folders); do
    curl -sf -u "bench:$ADMIN_PASSWORD" -H 'Content-Type: application/json' -d "{\"folder\":\"$folder\"}" \
        -o "$RUN/import-report-$node.json" "${ARCHIVES[$node]}/api/v1/imports" &
    requests+=($!)
    node=$(( node + 1 ))
  done
  for node in "${requests[@]}"; do wait "$node"; done
  finished=$(now)
  for node in "$RUN"/import-report-*.json; do
    imported=$(( imported + $(grep -o '"imported":[0-9]*' "$node" | cut -d: -f2) ))
  done
  if [[ "$imported" != "$DOCS" ]]; then
    echo "the import archived $imported of $DOCS documents; see $RUN/import-report-*.json" >&2; KEEP=1; exit 1
  fi
  printf '{"documents": %d, "seconds": %s, "cpuSeconds": %s}\n' "$imported" "$(elapsed "$started" "$finished")" \
      "$(seconds_of "$(( $(archive_cpu_ticks) - ticks ))")" > "$PARTS/ingest-archive.json"
  IMPORT_FINISHED="$finished"
}

# Documents still waiting for their metadata and provenance (the wellness check of the derivation queue).
derivation_queued() {
  curl -s "$ARCHIVE/q/health/well" | grep -o '"queued" *: *[0-9]*' | grep -o '[0-9]*$'
}

# CPU time (clock ticks) the given processes have used so far.
cpu_ticks() {
  local pid total=0
  for pid in "$@"; do
    [[ -r "/proc/$pid/stat" ]] && total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat") ))
  done
  echo "$total"
}

# CPU time (clock ticks) of the archive: its JVM and its embedded PostgreSQL, whose server processes do the
# catalog's share of the work (live ones, and those that exited, through the postmaster's children's time).
# With the machine's PostgreSQL (several nodes): the live server processes of the run's database, which the nodes'
# connection pools keep open.
archive_cpu_ticks() {
  local postmaster total node
  total=$(cpu_ticks "${ARCHIVE_PIDS[@]}")
  for node in $(seq 1 "$NODES"); do
    postmaster=$(head -1 "$(node_data "$node")/pgsql/data/postmaster.pid" 2>/dev/null || true)
    if [[ -n "$postmaster" && -r "/proc/$postmaster/stat" ]]; then
      # shellcheck disable=SC2046
      total=$(( total + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$postmaster/stat") \
          + $(cpu_ticks $(pgrep -P "$postmaster")) ))
    fi
  done
  # shellcheck disable=SC2046
  echo $(( total + $(cpu_ticks $(cluster_database_pids)) ))
}

seconds_of() { awk -v t="$1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'; }

server_pids() {
  if [[ "$1" == "$ARCHIVE" ]]; then echo "${ARCHIVE_PIDS[@]}"; else echo "$NGINX_PID" $(pgrep -P "$NGINX_PID"); fi
}

# wrk_run <part name or -> <base url> <seconds> <wrk options...> -- <BENCH_* settings...>
# Besides wrk's figures, records the server's CPU time per request: under CPU contention from other work on the
# machine, requests/s say as much about the neighbours as about the server, CPU per request does not.
wrk_run() {
  local name="$1" url="$2" seconds="$3"; shift 3
  local options=()
  while [[ "$1" != -- ]]; do options+=("$1"); shift; done
  shift
  local out=/dev/null pids ticks requests
  [[ "$name" != - ]] && out="$PARTS/$name.json"
  pids=$(server_pids "$url")
  # Several nodes: wrk's threads connect to them in turn (random-requests.lua), as a load balancer would.
  [[ "$url" == "$ARCHIVE" ]] && (( NODES > 1 )) && set -- "$@" BENCH_TARGETS="${ARCHIVES[*]#http://}"
  # shellcheck disable=SC2086
  ticks=$(cpu_ticks $pids)
  env "$@" BENCH_OUT="$out" wrk "${options[@]}" -d"${seconds}s" --latency -s "$LUA" "$url" \
      >> "$RUN/wrk.log" 2>&1
  # shellcheck disable=SC2086
  ticks=$(( $(cpu_ticks $pids) - ticks ))
  if [[ "$name" != - ]]; then
    requests=$(grep -o '"requests": [0-9]*' "$out" | cut -d' ' -f2)
    sed -i "s|}\$|, \"serverCpuMicrosPerRequest\": $(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" \
        -v r="$requests" 'BEGIN { printf "%.1f", (r > 0 ? t * 1e6 / hz / r : 0) }')}|" "$out"
  fi
}

expect_status() {
  local expected="$1"; shift
  local got
  got=$(curl -s -o /dev/null -w '%{http_code}' "$@")
  if [[ "$got" != "$expected" ]]; then echo "expected $expected, got $got: curl $*" >&2; exit 1; fi
}

check_both_targets() {
  local id archive_etag nginx_etag
  IFS=$'\t' read -r id archive_etag nginx_etag < <(sed -n '7p' "$CORPUS/ids.tsv")
  local node
  for node in "${ARCHIVES[@]}"; do
    cmp -s <(curl -s "$node/api/v1/documents/$id/text") "$CORPUS/static/$id.txt" \
      || { echo "the archive ($node) does not serve $id byte for byte" >&2; exit 1; }
  done
  cmp -s <(curl -s "$NGINX/api/v1/documents/$id/text") "$CORPUS/static/$id.txt" \
    || { echo "nginx does not serve $id byte for byte" >&2; exit 1; }
  expect_status 304 -H "If-None-Match: $archive_etag" "$ARCHIVE/api/v1/documents/$id/text"
  expect_status 304 -H "If-None-Match: $nginx_etag" "$NGINX/api/v1/documents/$id/text"
}

retrieval() {
  local load=(-t"$THREADS" -c"$CONNECTIONS")
  local texts=(BENCH_IDS="$CORPUS/ids.tsv" BENCH_PATH=/api/v1/documents/%s/text)
  log "retrieval: archive (warm-up ${WARMUP}s, then ${DURATION}s)"
  wrk_run - "$ARCHIVE" "$WARMUP" "${load[@]}" -- "${texts[@]}"
  wrk_run retrieval-archive "$ARCHIVE" "$DURATION" "${load[@]}" -- "${texts[@]}"
  log "retrieval: nginx"
  wrk_run - "$NGINX" "$WARMUP" "${load[@]}" -- "${texts[@]}"
  wrk_run retrieval-nginx "$NGINX" "$DURATION" "${load[@]}" -- "${texts[@]}"
  log "conditional retrieval (If-None-Match): archive, then nginx"
  wrk_run conditional-archive "$ARCHIVE" "$DURATION" "${load[@]}" -- "${texts[@]}" BENCH_ETAG_COLUMN=2
  wrk_run conditional-nginx "$NGINX" "$DURATION" "${load[@]}" -- "${texts[@]}" BENCH_ETAG_COLUMN=3
}

citations() {
  local id status
  id=$(head -1 "$CORPUS/ids.tsv" | cut -f1)
  status=$(curl -s -o /dev/null -w '%{http_code}' "$ARCHIVE/api/v1/documents/$id/citation?style=apa&format=text")
  if [[ "$status" != 200 ]]; then
    echo "GET /api/v1/documents/{id}/citation answered $status: the citation feature is not on this branch" \
      > "$PARTS/citations-unavailable.txt"
    log "citations: not available ($status)"; return
  fi
  local styles locales
  styles=$(ls "$LIB"/org.citationstyles.styles-*.jar 2>/dev/null | head -1)
  locales=$(ls "$LIB"/org.citationstyles.locales-*.jar 2>/dev/null | head -1)
  if [[ -z "$styles" || -z "$locales" ]]; then
    echo "the app has a citation endpoint but bundles no org.citationstyles styles/locales jar to give citeproc-js" \
      > "$PARTS/citations-unavailable.txt"; return
  fi
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    log "installing nodejs and npm (apt-get) for citeproc-js"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
  fi
  [[ -d "$OUT/node/node_modules/citeproc" ]] || npm install --silent --prefix "$OUT/node" citeproc >/dev/null
  log "citations: exporting CSL-JSON for 500 documents"
  mkdir -p "$RUN/csl"
  awk -v step=$(( DOCS / 500 > 0 ? DOCS / 500 : 1 )) '(NR - 1) % step == 0' "$CORPUS/ids.tsv" | head -500 \
    > "$RUN/citation-ids.tsv"
  while IFS=$'\t' read -r id _; do
    curl -sf -o "$RUN/csl/$id.json" "$ARCHIVE/api/v1/documents/$id/export?format=csl-json"
  done < "$RUN/citation-ids.tsv"
  node -e '
    const fs = require("fs"); const dir = process.argv[1];
    const items = fs.readdirSync(dir).flatMap((f) => [].concat(JSON.parse(fs.readFileSync(dir + "/" + f))));
    fs.writeFileSync(process.argv[2], JSON.stringify(items));' "$RUN/csl" "$RUN/csl-items.json"
  unzip -p "$styles" apa.csl > "$RUN/apa.csl"
  unzip -p "$locales" locales-en-US.xml > "$RUN/locales-en-US.xml"
  local cite=(BENCH_IDS="$RUN/citation-ids.tsv" "BENCH_PATH=/api/v1/documents/%s/citation?style=apa&format=text")
  log "citations: archive (warm-up ${WARMUP}s, then ${DURATION}s)"
  wrk_run - "$ARCHIVE" "$WARMUP" -t"$THREADS" -c"$CONNECTIONS" -- "${cite[@]}"
  wrk_run citations-archive "$ARCHIVE" "$DURATION" -t"$THREADS" -c"$CONNECTIONS" -- "${cite[@]}"
  log "citations: citeproc-js, one process per core"
  local process processes=()
  for process in $(seq 1 "$(nproc)"); do
    NODE_PATH="$OUT/node/node_modules" node "$BENCH/node/citeproc-bench.js" "$RUN/csl-items.json" \
      "$RUN/apa.csl" "$RUN/locales-en-US.xml" "$DURATION" "$PARTS/citations-citeproc-js-$process.json" &
    processes+=($!)
  done
  wait "${processes[@]}"
}

provenance() {
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: text/plain; charset=utf-8' \
      --data-binary "@$(head -1 "$CORPUS/match-files.txt")" "$ARCHIVE/api/v1/provenance/match")
  if [[ "$status" != 200 ]]; then
    echo "POST /api/v1/provenance/match answered $status: the provenance feature is not on this branch" \
      > "$PARTS/provenance-unavailable.txt"
    log "provenance: not available ($status)"; return
  fi
  local match=(BENCH_BODIES="$CORPUS/match-files.txt" BENCH_PATH=/api/v1/provenance/match)
  log "provenance: match look-ups, one client (warm-up ${WARMUP}s, then ${DURATION}s)"
  wrk_run - "$ARCHIVE" "$WARMUP" -t1 -c1 -- "${match[@]}"
  wrk_run provenance "$ARCHIVE" "$DURATION" -t1 -c1 -- "${match[@]}"
}

# Memory of the largest node; the store where it is (the bucket's folder with s3); the database.
footprint() {
  local rss hwm store_disk store_apparent database store="$DATA/ocfl"
  rss=$(largest_of VmRSS)
  hwm=$(largest_of VmHWM)
  [[ "$STORAGE" == s3 ]] && store="$RUN/s3/buckets/$CLUSTER_BUCKET"
  store_disk=$(( $(du -sk "$store" | cut -f1) * 1024 ))
  store_apparent=$(du -sb "$store" | cut -f1)
  if [[ -n "$CLUSTER_DATABASE" ]]; then
    database=$(cluster_database_bytes)
  else
    database=$(bench_java archive.bench.DatabaseSize "$DATA")
  fi
  stop_archive
  log "start-up with $DOCS documents archived"
  start_archive
  local startup="$STARTUP_SECONDS"
  printf '{"vmRssBytes": %d, "vmHwmBytes": %d, "startupSeconds": %s, "storeBytes": %d, "storeApparentBytes": %d, "databaseBytes": %d, "corpusBytes": %d, "bareOcflStoreBytes": %d, "javaOptions": "%s"}\n' \
    "$rss" "$hwm" "$startup" "$store_disk" "$store_apparent" "$database" "$CORPUS_BYTES" "$BARE_STORE_BYTES" \
    "$ARCHIVE_JAVA_OPTS" \
    > "$PARTS/footprint.json"
  stop_archive
}

largest_of() {
  local pid
  for pid in "${ARCHIVE_PIDS[@]}"; do awk -v field="$1:" '$1 == field { print $2 * 1024 }' "/proc/$pid/status"; done \
    | sort -n | tail -1
}

run_facts() {
  local commit
  commit=$(cd "$REPO" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
  [[ -n "$(cd "$REPO" && git status --porcelain 2>/dev/null)" ]] && commit="$commit (with local changes)"
  printf '{"documents": %d, "storage": "%s", "nodes": %d, "seed": %d, "durationSeconds": %d, "warmupSeconds": %d, "threads": %d, "connections": %d, "cpus": %d, "loadAverageBefore": "%s", "loadAverageAfter": "%s", "commit": "%s", "startedAt": "%s", "javaOptions": "%s", "java": "%s", "wrk": "%s", "nginx": "%s"}\n' \
    "$DOCS" "$STORAGE" "$NODES" "$SEED" "$DURATION" "$WARMUP" "$THREADS" "$CONNECTIONS" "$(nproc)" "$LOAD_BEFORE" "$(load_average)" \
    "$commit" "$STARTED_AT" "$ARCHIVE_JAVA_OPTS" "$(java -version 2>&1 | head -1 | tr -d '"')" \
    "$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)" "$(nginx -v 2>&1 | cut -d' ' -f3)" > "$PARTS/run.json"
}

STARTED_AT=$(date -u +%Y-%m-%dT%H:%M:%SZ)
LOAD_BEFORE=$(load_average)
install_tools
build
rm -rf "$PARTS" && mkdir -p "$PARTS"
corpus
ARCHIVE_PORT=$(free_port 18080)
for node in $(seq 1 "$NODES"); do
  ARCHIVES+=("http://127.0.0.1:$(( ARCHIVE_PORT + 2 * (node - 1) ))")
done
ARCHIVE="${ARCHIVES[0]}"
NGINX_PORT=$(free_port $(( ARCHIVE_PORT + 1 )))
NGINX="http://127.0.0.1:$NGINX_PORT"
log "data directory $DATA; load average $LOAD_BEFORE; storage $STORAGE, $NODES node(s)"
start_storage

start_archive profile
ingest
if [[ "$STARTUP_ONLY" == 1 ]]; then
  queued=$(derivation_queued)
  stop_archive
  log "start-up with $DOCS documents archived ($queued still to derive, in the background after the start)"
  start_archive
  printf '{"documents": %d, "derivationQueued": %d, "startupSeconds": %s, "commit": "%s", "startedAt": "%s", "javaOptions": "%s"}\n' \
    "$DOCS" "$queued" "$STARTUP_SECONDS" "$(cd "$REPO" && git rev-parse --short HEAD)" "$STARTED_AT" \
    "$ARCHIVE_JAVA_OPTS" \
    | tee "$OUT/startup-$DOCS.json"
  stop_archive
  exit 0
fi
start_nginx
check_both_targets
retrieval
citations
provenance
footprint
run_facts
bench_java archive.bench.BenchReport "$PARTS" "$OUT/results.json" $RESULTS_KEY
log "wrote $OUT/results.json"
