#!/usr/bin/env bash
# locutor's first benchmark, run by hand (never by mvn verify). Loopback only; every loop is bounded.
#   mvn -q -DskipTests package && bench/run.sh            (needs: java 17, wrk, nginx, curl, python3)
# Starts WireMock as ElevenLabs (100 ms fixed delay, ~30 KB MP3-like body), locutor (target/locutor.jar), and nginx
# with proxy_cache in front of locutor, then prints one RESULT line per measurement. Numbers: bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-10s}      # each wrk run
CONNECTIONS=${BENCH_CONNECTIONS:-32} # wrk connections for cache hits
MISS_CONNECTIONS=${BENCH_MISS_CONNECTIONS:-8}
TTFB_SAMPLES=${BENCH_TTFB_SAMPLES:-30}
STREAMS=${BENCH_STREAMS:-200}

BENCH_TOOLS="java wrk nginx curl python3"
WORK_PREFIX=/tmp/locutor-bench
# shellcheck source=bench/lib.sh
. bench/lib.sh  # the scripts run from the repository root (cd above)
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
wrk_run() { # label, wrk args...: prints the RESULT line with its label
  local label=$1; shift
  echo "$label $(wrk --timeout 10s --latency "$@" | grep '^RESULT' | sed 's/^RESULT //')"
}

WM_PORT=$(free_port); APP_PORT=$(free_port); NGINX_PORT=$(free_port); NGINX_LOGGED_PORT=$(free_port)
echo "load average at start: $(cut -d" " -f1-3 /proc/loadavg)"
echo "work dir $WORK; ports: simulator $WM_PORT, locutor $APP_PORT, nginx $NGINX_PORT"

# --- the simulator (WireMock, ~30 KB MP3-like body), then locutor: the packaged jar on embedded defaults (lib.sh)
start_simulator
start_locutor

# --- nginx with proxy_cache in front of locutor's audio URLs
# nginx workers run as an unprivileged user when started by root: they must reach the cache folder
chmod 755 "$WORK"; mkdir -p "$WORK/nginx/cache" "$WORK/nginx/logs" && chmod -R 777 "$WORK/nginx"
cat > "$WORK/nginx/audio-location.conf" <<CONF
location / {
  proxy_pass http://locutor;
  proxy_http_version 1.1;
  proxy_set_header Connection "";
  proxy_cache audio;
  proxy_cache_valid 200 30m;
  add_header X-Cache \$upstream_cache_status;
}
CONF
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  proxy_cache_path $WORK/nginx/cache levels=1:2 keys_zone=audio:10m max_size=200m inactive=30m use_temp_path=off;
  upstream locutor { server 127.0.0.1:$APP_PORT; keepalive 32; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    include $WORK/nginx/audio-location.conf;
  }
  # the same, with an access line per request as locutor writes one (buffered, as nginx is run in production): the
  # goals' reference stays the server above; this one says what the access log costs each side
  server {
    listen 127.0.0.1:$NGINX_LOGGED_PORT;
    access_log $WORK/nginx/logs/access.log combined buffer=64k flush=1s;
    include $WORK/nginx/audio-location.conf;
  }
}
CONF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
PIDS+=($!)
wait_http "http://127.0.0.1:$NGINX_PORT/observe/health" nginx

for script in post-hit post-miss; do cat "bench/http/$script.lua" bench/http/report.lua > "$WORK/$script.lua"; done
cp bench/http/report.lua "$WORK/get.lua"

echo "== cache hits"
HIT_BODY=$(curl -fs "http://127.0.0.1:$APP_PORT/v1/audio" -H 'Content-Type: application/json' \
  -d '{"text": "Hola, le llamamos de locutor para confirmar su cita.", "voice": "Bella", "language": "es"}')
AUDIO_PATH=$(echo "$HIT_BODY" | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.urlparse(json.load(sys.stdin)["audio_url"]).path)')
curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT$AUDIO_PATH"
NGINX_CACHE=$(curl -fsI "http://127.0.0.1:$NGINX_PORT$AUDIO_PATH" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-cache" {print $2}')
[ "$NGINX_CACHE" = "HIT" ] || { echo "nginx is not caching ($NGINX_CACHE)" >&2; exit 1; }
# warm-up (JIT), each path until the compilers are done with it: nginx has no JIT to wait for, and 5 s of hits left
# the hit POST compiling through its measure on a slow machine (bench/README.md, "Twentieth run")
settle hit_post_warm_up wrk -t2 -c"$CONNECTIONS" -d5s -s "$WORK/post-hit.lua" "http://127.0.0.1:$APP_PORT/v1/audio"
wrk_run "hit_post_locutor" -t2 -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/post-hit.lua" "http://127.0.0.1:$APP_PORT/v1/audio"
settle hit_get_warm_up wrk -t2 -c"$CONNECTIONS" -d5s "http://127.0.0.1:$APP_PORT$AUDIO_PATH"
wrk_run "hit_get_locutor" -t2 -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/get.lua" "http://127.0.0.1:$APP_PORT$AUDIO_PATH"
wrk_run "hit_get_nginx_proxy_cache" -t2 -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/get.lua" "http://127.0.0.1:$NGINX_PORT$AUDIO_PATH"
wrk_run "hit_get_nginx_proxy_cache_logged" -t2 -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/get.lua" "http://127.0.0.1:$NGINX_LOGGED_PORT$AUDIO_PATH"

echo "== misses (a distinct text per request)"
warm_up_misses "${BENCH_WARMUP_MISSES:-30000}" "${BENCH_WARMUP_STREAMS:-300}"  # lib.sh: JIT warm-up of misses and streams
RUN_ID=$(date +%s)
# The measured texts in the warm-up's shape ("warm<digits>" there, "miss<digits>" here): a bare "<digits>" run id
# took the normalizer down other branches, and the measured misses paid for recompiling it (bench/README.md,
# "Eighteenth run")
wrk_run "miss_simulator_direct" -t2 -c"$MISS_CONNECTIONS" -d"$DURATION" -s "$WORK/post-miss.lua" \
  "http://127.0.0.1:$WM_PORT" -- "/v1/text-to-speech/$VOICE" "miss$RUN_ID"
wrk_run "miss_post_locutor" -t2 -c"$MISS_CONNECTIONS" -d"$DURATION" -s "$WORK/post-miss.lua" \
  "http://127.0.0.1:$APP_PORT" -- "/v1/audio" "miss$RUN_ID"
# The same measure again after more misses of the measured shape (100 ms upstream, 8 connections), not reported: the
# JIT was still compiling the delayed shape when the first measure ran (bench/README.md, "Twelfth run"; the warm-up's
# order and stub delay since the fourteenth run leave far less to compile). Both pairs are printed;
# BENCH_MISS_SHAPE_WARMUP=0 skips the second.
SHAPE_WARMUP=${BENCH_MISS_SHAPE_WARMUP:-45}
if [ "$SHAPE_WARMUP" -gt 0 ]; then
  wrk -t2 -c"$MISS_CONNECTIONS" -d"${SHAPE_WARMUP}s" -s "$WORK/post-miss.lua" "http://127.0.0.1:$APP_PORT" -- /v1/audio "shape$RUN_ID" > /dev/null
  wrk_run "miss_simulator_direct_shape_warmed" -t2 -c"$MISS_CONNECTIONS" -d"$DURATION" -s "$WORK/post-miss.lua" \
    "http://127.0.0.1:$WM_PORT" -- "/v1/text-to-speech/$VOICE" "again$RUN_ID"
  wrk_run "miss_post_locutor_shape_warmed" -t2 -c"$MISS_CONNECTIONS" -d"$DURATION" -s "$WORK/post-miss.lua" \
    "http://127.0.0.1:$APP_PORT" -- "/v1/audio" "again$RUN_ID"
fi

echo "== stream time to first byte ($TTFB_SAMPLES sequential streams each, distinct texts)"
sample_ttfb "$TTFB_SAMPLES" "$RUN_ID" Stream
echo "ttfb_simulator_direct p50_ms=$(percentile 50 < "$WORK/ttfb-direct") p90_ms=$(percentile 90 < "$WORK/ttfb-direct")"
echo "ttfb_locutor_stream p50_ms=$(percentile 50 < "$WORK/ttfb-locutor") p90_ms=$(percentile 90 < "$WORK/ttfb-locutor")"

echo "== resident memory with $STREAMS concurrent streams (each ~3 s upstream), two waves"
echo "rss_before_streams_kb=$(rss_kb "$APP_PID")"
for wave in 1 2; do
  peak=0; curls=(); : > "$WORK/streams-$wave"
  for i in $(seq 1 "$STREAMS"); do
    curl -s -o /dev/null -w '%{http_code} %{size_download} %{time_total}\n' --max-time 60 \
      "http://127.0.0.1:$APP_PORT/audio/stream?text=Ola%20$wave%20$RUN_ID%20$i&voice=Bella&language=es" >> "$WORK/streams-$wave" &
    curls+=($!)
  done
  for _ in $(seq 1 240); do # sampled every 0.25 s, at most 60 s
    rss=$(rss_kb "$APP_PID"); [ "$rss" -gt "$peak" ] && peak=$rss
    alive=0; for p in "${curls[@]}"; do kill -0 "$p" 2>/dev/null && alive=$((alive + 1)); done
    [ "$alive" -eq 0 ] && break
    sleep 0.25
  done
  wait "${curls[@]}" 2>/dev/null || true
  ok=$(awk '$1 == 200 && $2 == 30720' "$WORK/streams-$wave" | wc -l)
  slowest=$(awk '{print $3}' "$WORK/streams-$wave" | sort -n | tail -1)
  echo "streams_wave_$wave complete_200=$ok/$STREAMS slowest_s=$slowest rss_peak_kb=$peak rss_after_kb=$(rss_kb "$APP_PID")"
done
echo "load average at end: $(cut -d" " -f1-3 /proc/loadavg)"
echo "logs and data in $WORK"
