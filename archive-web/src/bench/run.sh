#!/usr/bin/env bash
# The archive's benchmark: every figure beside its baseline, measured in the same run on this machine.
# Builds the app, generates a deterministic news-like corpus, installs wrk and nginx if missing, runs the packaged
# app on a temporary data directory (embedded PostgreSQL), prints a table and writes archive-web/target/bench/
# results.json. See README.md ("Benchmark").
set -euo pipefail

usage() {
  cat <<'EOF'
usage: archive-web/src/bench/run.sh [--docs N] [--duration SECONDS] [--seed N] [--skip-build] [--jfr] [--keep]
                                    [--startup-only]
  --docs N            corpus size (default 10000; 100000 for the start-up goal)
  --startup-only      import the corpus, then measure only the start-up with it archived (the derivation the
                      import queued goes on in the background after the restart); for --docs 100000, whose
                      derivation alone takes longer than a session
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
while [[ $# -gt 0 ]]; do
  case "$1" in
    --docs) DOCS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --skip-build) BUILD=0; shift ;;
    --jfr) JFR=1; shift ;;
    --keep) KEEP=1; shift ;;
    --startup-only) STARTUP_ONLY=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done

BENCH="$(cd "$(dirname "$0")" && pwd)"
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
NGINX_PID=""

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }

cleanup() {
  [[ -n "$ARCHIVE_PID" ]] && stop_archive
  if [[ -n "$NGINX_PID" ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill -QUIT "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true
  fi
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

start_archive() {
  local started
  started=$(now)
  local jfr=()
  [[ "$JFR" == 1 && "${1:-}" == profile ]] && jfr=(-XX:StartFlightRecording=filename="$OUT/archive.jfr",settings=profile)
  # shellcheck disable=SC2086
  (cd "$RUN" && exec env MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" ARCHIVE_DATA_DIR="$DATA" QUARKUS_HTTP_PORT="$ARCHIVE_PORT" \
      ARCHIVE_IMPORTS_ROOT="$CORPUS" ARCHIVE_SEEDS_DIR="$REPO/seeds" \
      ARCHIVE_ADMIN_USER=bench ARCHIVE_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
      java $ARCHIVE_JAVA_OPTS "${jfr[@]}" -jar "$JAR") >>"$RUN/archive.log" 2>&1 &
  ARCHIVE_PID=$!
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$ARCHIVE/q/health/ready")" == 200 ]]; do
    if ! kill -0 "$ARCHIVE_PID" 2>/dev/null; then
      tail -30 "$RUN/archive.log" >&2; echo "the archive did not start" >&2; exit 1
    fi
    sleep 0.05
  done
  STARTUP_SECONDS=$(elapsed "$started" "$(now)")
  log "archive ready on port $ARCHIVE_PORT in ${STARTUP_SECONDS}s (pid $ARCHIVE_PID)"
}

stop_archive() {
  kill -TERM "$ARCHIVE_PID" 2>/dev/null || true
  wait "$ARCHIVE_PID" 2>/dev/null || true
  ARCHIVE_PID=""
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
  log "ingest baseline: $DOCS files into a bare ocfl-java repository"
  bench_java archive.bench.BareOcflImport "$CORPUS/import" "$RUN/bare" | {
    read -r documents seconds cpu
    printf '{"documents": %d, "seconds": %s, "cpuSeconds": %s}\n' "$documents" "$seconds" "$cpu" \
        > "$PARTS/ingest-baseline.json"
  }
  BARE_STORE_BYTES=$(( $(du -sk "$RUN/bare/ocfl" | cut -f1) * 1024 ))
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

archive_import() {
  log "ingest: POST /api/v1/imports of the same $DOCS files (answered once they are stored and catalogued)"
  local started finished imported ticks
  started=$(now)
  ticks=$(archive_cpu_ticks)
  curl -sf -u "bench:$ADMIN_PASSWORD" -H 'Content-Type: application/json' -d '{"folder":"import"}' \
      -o "$RUN/import-report.json" "$ARCHIVE/api/v1/imports"
  finished=$(now)
  imported=$(grep -o '"imported":[0-9]*' "$RUN/import-report.json" | cut -d: -f2)
  if [[ "$imported" != "$DOCS" ]]; then
    echo "the import archived $imported of $DOCS documents; see $RUN/import-report.json" >&2; KEEP=1; exit 1
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
archive_cpu_ticks() {
  local postmaster total
  total=$(cpu_ticks "$ARCHIVE_PID")
  postmaster=$(head -1 "$DATA/pgsql/data/postmaster.pid" 2>/dev/null || true)
  if [[ -n "$postmaster" && -r "/proc/$postmaster/stat" ]]; then
    # shellcheck disable=SC2046
    total=$(( total + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$postmaster/stat") \
        + $(cpu_ticks $(pgrep -P "$postmaster")) ))
  fi
  echo "$total"
}

seconds_of() { awk -v t="$1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'; }

server_pids() {
  if [[ "$1" == "$ARCHIVE" ]]; then echo "$ARCHIVE_PID"; else echo "$NGINX_PID" $(pgrep -P "$NGINX_PID"); fi
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
  cmp -s <(curl -s "$ARCHIVE/api/v1/documents/$id/text") "$CORPUS/static/$id.txt" \
    || { echo "the archive does not serve $id byte for byte" >&2; exit 1; }
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
  awk -v step=$(( DOCS / 500 > 0 ? DOCS / 500 : 1 )) 'NR % step == 1' "$CORPUS/ids.tsv" | head -500 \
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

footprint() {
  local rss hwm store_disk store_apparent database
  rss=$(awk '/^VmRSS:/ { print $2 * 1024 }' "/proc/$ARCHIVE_PID/status")
  hwm=$(awk '/^VmHWM:/ { print $2 * 1024 }' "/proc/$ARCHIVE_PID/status")
  store_disk=$(( $(du -sk "$DATA/ocfl" | cut -f1) * 1024 ))
  store_apparent=$(du -sb "$DATA/ocfl" | cut -f1)
  database=$(bench_java archive.bench.DatabaseSize "$DATA")
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

run_facts() {
  local commit
  commit=$(cd "$REPO" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
  [[ -n "$(cd "$REPO" && git status --porcelain 2>/dev/null)" ]] && commit="$commit (with local changes)"
  printf '{"documents": %d, "seed": %d, "durationSeconds": %d, "warmupSeconds": %d, "threads": %d, "connections": %d, "cpus": %d, "loadAverageBefore": "%s", "loadAverageAfter": "%s", "commit": "%s", "startedAt": "%s", "javaOptions": "%s", "java": "%s", "wrk": "%s", "nginx": "%s"}\n' \
    "$DOCS" "$SEED" "$DURATION" "$WARMUP" "$THREADS" "$CONNECTIONS" "$(nproc)" "$LOAD_BEFORE" "$(load_average)" \
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
ARCHIVE="http://127.0.0.1:$ARCHIVE_PORT"
NGINX_PORT=$(free_port $(( ARCHIVE_PORT + 1 )))
NGINX="http://127.0.0.1:$NGINX_PORT"
log "data directory $DATA; load average $LOAD_BEFORE"

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
bench_java archive.bench.BenchReport "$PARTS" "$OUT/results.json"
log "wrote $OUT/results.json"
