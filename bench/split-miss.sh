#!/usr/bin/env bash
# Where the wall time of a warm miss goes under run.sh's miss phase (wrk -c8, a distinct text per request, the 100 ms
# simulator, after lib.sh's warm-up): loopback captures of wrk straight to the simulator, then of wrk through locutor,
# each split by bench/split-miss.py into front (caller request -> upstream request), upstream (as locutor sees it) and
# back (upstream's last byte -> caller's last byte). Run by hand (never by mvn verify); needs tcpdump (root).
#   mvn -q -DskipTests package && bench/split-miss.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-10s}
MISS_CONNECTIONS=${BENCH_MISS_CONNECTIONS:-8}

BENCH_TOOLS="java wrk curl python3 tcpdump"
WORK_PREFIX=/tmp/locutor-split-miss
# shellcheck source=bench/lib.sh
. bench/lib.sh
WM_PORT=$(free_port); APP_PORT=$(free_port)
start_simulator
start_locutor
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
cat bench/http/post-miss.lua bench/http/report.lua > "$WORK/post-miss.lua"
warm_up_misses "${BENCH_WARMUP_MISSES:-30000}" "${BENCH_WARMUP_STREAMS:-300}"
RUN_ID=$(date +%s)  # the texts are "miss<RUN_ID>", the warm-up's shape ("warm<digits>"): see run.sh
capture() { # name, wrk target, wrk path: one wrk run of $DURATION under tcpdump, then its split
  tcpdump -i lo -nn -tt -s 96 -w "$WORK/$1.pcap" "tcp port $WM_PORT or tcp port $APP_PORT" 2> "$WORK/$1.tcpdump" &
  local dump=$!
  sleep 1 # tcpdump's start is not signalled: a bounded wait, only for the capture
  echo "$1 $(wrk --timeout 10s --latency -t2 -c"$MISS_CONNECTIONS" -d"$DURATION" -s "$WORK/post-miss.lua" "$2" -- "$3" "miss$RUN_ID" | grep '^RESULT' | sed 's/^RESULT //')"
  sleep 1; kill -INT "$dump"; wait "$dump" || true
  tcpdump -nn -tt -r "$WORK/$1.pcap" 2>/dev/null | python3 bench/split-miss.py "$APP_PORT" "$WM_PORT"
}
capture miss_simulator_direct "http://127.0.0.1:$WM_PORT" "/v1/text-to-speech/$VOICE"
capture miss_post_locutor "http://127.0.0.1:$APP_PORT" /v1/audio
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
