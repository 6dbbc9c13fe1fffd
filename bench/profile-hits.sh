#!/usr/bin/env bash
# JFR profile of locutor's cache-hit paths, run by hand (never by mvn verify). Loopback only, bounded.
#   mvn -q -DskipTests package && bench/profile-hits.sh     (needs: java 17 with jfr, wrk, curl, python3)
# Starts WireMock as ElevenLabs and the packaged jar with a JFR recording, makes one audio, then drives
# wrk at the cache-hit POST /v1/audio and at the stored-audio GET, one recording each, and prints the top frames
# (leaf methods, and the top io.locutor / org.apache.camel frames on the stack) of each. Figures: bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-15s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
TOP=${PROFILE_TOP:-25}

BENCH_TOOLS="java jfr wrk curl python3"
WORK_PREFIX=/tmp/locutor-profile
KEEP_WORK=1  # the recordings and logs are the result: lib.sh keeps them (not the audio)
# shellcheck source=bench/lib.sh
. bench/lib.sh  # the scripts run from the repository root (cd above)

WM_PORT=$(free_port); APP_PORT=$(free_port)
mkdir -p "$WORK/wiremock/__files" "$WORK/wiremock/mappings"
cp bench/wiremock/mappings/*.json "$WORK/wiremock/mappings/"
python3 -c 'import os,sys; sys.stdout.buffer.write(b"\xff\xfb\x90\x64" + os.urandom(30 * 1024 - 4))' > "$WORK/wiremock/__files/audio.mp3"
java -Xmx256m -jar "$WIREMOCK_JAR" --port "$WM_PORT" --bind-address 127.0.0.1 --root-dir "$WORK/wiremock" \
  --no-request-journal --disable-banner > "$WORK/wiremock.log" 2>&1 &
PIDS+=($!)
wait_http "http://127.0.0.1:$WM_PORT/__admin/health" WireMock

LOCUTOR_HOST=127.0.0.1 LOCUTOR_PORT=$APP_PORT LOCUTOR_DATA_DIR="$WORK/data" LOCUTOR_PUBLIC_URL="http://127.0.0.1:$APP_PORT" \
ELEVENLABS_API_KEY=sk_bench ELEVENLABS_BASE_URL="http://127.0.0.1:$WM_PORT" \
  java -Xms256m -Xmx512m -XX:+FlightRecorder -jar "$JAR" > "$WORK/locutor.log" 2>&1 &
APP_PID=$!
PIDS+=($APP_PID)
wait_http "http://127.0.0.1:$APP_PORT/observe/health" locutor

cat bench/http/post-hit.lua bench/http/report.lua > "$WORK/post-hit.lua"
BODY=$(curl -fs "http://127.0.0.1:$APP_PORT/v1/audio" -H 'Content-Type: application/json' \
  -d '{"text": "Hola, le llamamos de locutor para confirmar su cita.", "voice": "Bella", "language": "es"}')
AUDIO_PATH=$(echo "$BODY" | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.urlparse(json.load(sys.stdin)["audio_url"]).path)')

top_frames() { # recording: leaf frames, then the first locutor/Camel frame of each sample
  jfr print --stack-depth 64 --events jdk.ExecutionSample "$1" > "$1.txt"
  local samples; samples=$(grep -c 'jdk.ExecutionSample' "$1.txt" || true)
  echo "samples=$samples"
  echo "-- top leaf frames"
  awk '/stackTrace = \[/ {getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' "$1.txt" \
    | sort | uniq -c | sort -rn | head -"$TOP" || true # head may close the pipe early
  echo "-- samples with this frame anywhere on the stack (io.locutor, org.apache.camel, io.micrometer, io.vertx, jackson)"
  awk '/jdk.ExecutionSample/ {delete seen} /^[ \t]+(io\.locutor|org\.apache\.camel|io\.micrometer|com\.fasterxml|io\.vertx)/ {
         f=$0; sub(/^[ \t]+/, "", f); sub(/line:.*/, "", f); if (!(f in seen)) {seen[f]=1; print f}}' "$1.txt" \
    | sort | uniq -c | sort -rn | head -"$TOP" || true
  echo "-- lock contention (jdk.JavaMonitorEnter events, by monitor class)"
  jfr print --events jdk.JavaMonitorEnter "$1" | grep monitorClass | sort | uniq -c | sort -rn | head -5 || true
}

record() { # label, wrk args...
  local label=$1; shift
  wrk -t2 -c"$CONNECTIONS" -d5s "$@" > /dev/null # warm-up (JIT)
  jcmd "$APP_PID" JFR.start name="$label" settings=profile filename="$WORK/$label.jfr" > /dev/null
  echo "== $label: $(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" | grep '^RESULT' | sed 's/^RESULT //')"
  jcmd "$APP_PID" JFR.stop name="$label" > /dev/null
  top_frames "$WORK/$label.jfr"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
record hit_post -s "$WORK/post-hit.lua" "http://127.0.0.1:$APP_PORT/v1/audio"
cp bench/http/report.lua "$WORK/get.lua"
record hit_get -s "$WORK/get.lua" "http://127.0.0.1:$APP_PORT$AUDIO_PATH"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "recordings and logs in $WORK"
