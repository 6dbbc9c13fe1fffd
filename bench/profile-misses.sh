#!/usr/bin/env bash
# JFR profile of locutor's miss path and stream relay, run by hand (never by mvn verify). Loopback only, bounded.
#   mvn -q -DskipTests package && bench/profile-misses.sh     (needs: java 17 with jfr, wrk, curl, python3)
# Starts WireMock as ElevenLabs (bench/wiremock: 100 ms, then the stream in 20 chunks over 3 s) and the packaged jar,
# then records (JFR, profile settings, socket reads of any length) one wrk run of cache misses and a series of
# sequential streams, and prints for each: the answer times, the top frames, the socket reads on the upstream
# connection (a 1 ms read that times out is the HTTP client's stale-connection check).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-10s}
MISS_CONNECTIONS=${BENCH_MISS_CONNECTIONS:-8}
STREAMS=${PROFILE_STREAMS:-15}
TOP=${PROFILE_TOP:-20}

BENCH_TOOLS="java jfr jcmd wrk curl python3"
WORK_PREFIX=/tmp/locutor-profile-misses
KEEP_WORK=1  # the recordings and logs are the result: lib.sh keeps them (not the audio)
# shellcheck source=bench/lib.sh
. bench/lib.sh  # the scripts run from the repository root (cd above)

WM_PORT=$(free_port); APP_PORT=$(free_port)
start_simulator  # lib.sh: the same simulator and locutor settings as run.sh
start_locutor

# the profile settings, with every socket read recorded whatever its length
jfr configure --input profile jdk.SocketRead#threshold=0ms --output "$WORK/settings.jfc" > /dev/null 2>&1 \
  || cp "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc" "$WORK/settings.jfc"
cat bench/http/post-miss.lua bench/http/report.lua > "$WORK/post-miss.lua"

report() { # recording
  jfr print --stack-depth 64 --events jdk.ExecutionSample "$1" > "$1.txt"
  echo "samples=$(grep -c 'jdk.ExecutionSample' "$1.txt" || true)"
  echo "-- samples with this frame anywhere on the stack (io.locutor, org.apache.camel, org.apache.hc, io.vertx)"
  awk '/jdk.ExecutionSample/ {delete seen} /^[ \t]+(io\.locutor|org\.apache\.camel|org\.apache\.hc|io\.vertx)/ {
         f=$0; sub(/^[ \t]+/, "", f); sub(/line:.*/, "", f); if (!(f in seen)) {seen[f]=1; print f}}' "$1.txt" \
    | sort | uniq -c | sort -rn | head -"$TOP" || true
  echo "-- socket reads from the simulator (port $WM_PORT), by duration"
  jfr print --events jdk.SocketRead "$1" | awk -v port="$WM_PORT" '
    /duration = / {d=$3; u=$4} /port = / {p=$3}
    /endOfStream = / { if (p == port) { ms = (u == "ms") ? d : (u == "s") ? d * 1000 : (u == "us") ? d / 1000 : d / 1e6;
        b = ms < 0.5 ? "<0.5ms" : ms < 2 ? "0.5-2ms" : ms < 50 ? "2-50ms" : ">=50ms"; n[b]++ } }
    END { for (k in n) print "  " k ": " n[k] }'
  echo "-- stale-connection checks (HttpClient's 1 ms read before reusing a pooled connection): $(jfr print \
    --events jdk.SocketRead --stack-depth 8 "$1" | grep -c 'BHttpConnectionBase.isStale' || true)"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
RUN_ID=$(date +%s)
wrk -t2 -c"$MISS_CONNECTIONS" -d5s -s "$WORK/post-miss.lua" "http://127.0.0.1:$APP_PORT" -- /v1/audio "warm$RUN_ID" > /dev/null
jcmd "$APP_PID" JFR.start name=miss settings="$WORK/settings.jfc" filename="$WORK/miss.jfr" > /dev/null
echo "== miss_post_locutor $(wrk -t2 -c"$MISS_CONNECTIONS" -d"$DURATION" --latency -s "$WORK/post-miss.lua" \
  "http://127.0.0.1:$APP_PORT" -- /v1/audio "miss$RUN_ID" | grep '^RESULT' | sed 's/^RESULT //')"
jcmd "$APP_PID" JFR.stop name=miss > /dev/null
report "$WORK/miss.jfr"

for i in 1 2 3; do # warm-up of the stream path (JIT), not reported
  curl -s --max-time 30 -o /dev/null "http://127.0.0.1:$APP_PORT/audio/stream?text=Warm%20$RUN_ID%20$i&voice=Bella&language=es"
done
jcmd "$APP_PID" JFR.start name=stream settings="$WORK/settings.jfc" filename="$WORK/stream.jfr" > /dev/null
sample_ttfb "$STREAMS" "$RUN_ID" Perfil
jcmd "$APP_PID" JFR.stop name=stream > /dev/null
echo "== ttfb_simulator_direct p50_ms=$(percentile 50 < "$WORK/ttfb-direct") p90_ms=$(percentile 90 < "$WORK/ttfb-direct")"
echo "== ttfb_locutor_stream p50_ms=$(percentile 50 < "$WORK/ttfb-locutor") p90_ms=$(percentile 90 < "$WORK/ttfb-locutor")"
report "$WORK/stream.jfr"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "recordings and logs in $WORK"
