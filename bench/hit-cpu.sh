#!/usr/bin/env bash
# CPU time locutor spends per cache-hit POST /v1/audio and per stored-audio GET, by thread group, under wrk; run by
# hand (never by mvn verify). Loopback only, bounded.
#   mvn -q -DskipTests package && bench/hit-cpu.sh          (needs: java 17, wrk, curl, python3)
# run.sh's ratios against nginx move with the machine (nginx alone swung 42k to 97k requests a second between runs,
# bench/README.md); the CPU a request costs the JVM (from /proc/<pid>/task/*/stat, in microseconds) moves far less, so
# it is the figure to compare two builds by on a busy machine. Same simulator and locutor settings as run.sh (lib.sh);
# the JIT is warmed by wrk first. "other" holds the access log's writer thread and the GC.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}

BENCH_TOOLS="java wrk curl python3"
WORK_PREFIX=/tmp/locutor-hit-cpu
# shellcheck source=bench/lib.sh
. bench/lib.sh  # the scripts run from the repository root (cd above)

WM_PORT=$(free_port); APP_PORT=$(free_port)
start_simulator
start_locutor
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
cat bench/http/post-hit.lua bench/http/report.lua > "$WORK/post-hit.lua"
cp bench/http/report.lua "$WORK/get.lua"
BODY=$(curl -fs "http://127.0.0.1:$APP_PORT/v1/audio" -H 'Content-Type: application/json' \
  -d '{"text": "Hola, le llamamos de locutor para confirmar su cita.", "voice": "Bella", "language": "es"}')
AUDIO_PATH=$(echo "$BODY" | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.urlparse(json.load(sys.stdin)["audio_url"]).path)')

measure() { # label, wrk args...: the wrk RESULT line, then CPU per request (us) by thread group
  local label=$1 before result requests; shift
  wrk -t2 -c"$CONNECTIONS" -d"${BENCH_WARMUP:-20s}" "$@" > /dev/null # warm-up (JIT)
  settle "${label}_warm_up" wrk -t2 -c"$CONNECTIONS" -d5s "$@" # and until the compilers are done with the path
  before=$(thread_cpu "$APP_PID")
  result=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" | grep '^RESULT' | sed 's/^RESULT //')
  requests=$(echo "$result" | sed -E 's/.*requests=([0-9]+).*/\1/')
  echo "$label $result"
  cpu_report "$before" "$(thread_cpu "$APP_PID")" "$requests" "$label" us
}
measure hit_post -s "$WORK/post-hit.lua" "http://127.0.0.1:$APP_PORT/v1/audio"
measure hit_get -s "$WORK/get.lua" "http://127.0.0.1:$APP_PORT$AUDIO_PATH"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
