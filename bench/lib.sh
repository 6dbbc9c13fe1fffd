# Shared by the bench scripts (sourced): a scratch folder, processes stopped on exit, free ports, bounded waits,
# the simulator and locutor as run.sh starts them. The caller sets WORK_PREFIX before sourcing (e.g. /tmp/locutor-bench)
# and BENCH_TOOLS (the commands it needs). The locutor jar (LOCUTOR_JAR: another build to compare in the same session)
# and the simulator's WireMock jar are chosen here, and everything is checked before anything starts.
JAR=${LOCUTOR_JAR:-target/locutor.jar}
WIREMOCK_JAR=${WIREMOCK_JAR:-$HOME/.m2/repository/org/wiremock/wiremock-standalone/3.13.2/wiremock-standalone-3.13.2.jar}
VOICE=AZnzlk1XvdvUeBnXmlld  # the simulator's voice id in the bench mappings
for tool in $BENCH_TOOLS; do
  command -v "$tool" >/dev/null || { echo "missing $tool (Debian: apt-get install -y wrk nginx curl python3 tcpdump)" >&2; exit 1; }
done
[ -f "$JAR" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
[ -f "$WIREMOCK_JAR" ] || { echo "missing $WIREMOCK_JAR (mvn dependency:get -Dartifact=org.wiremock:wiremock-standalone:3.13.2)" >&2; exit 1; }
WORK=$(mktemp -d "${WORK_PREFIX:-/tmp/locutor-bench}.XXXXXX")
PIDS=()
# On exit, once the processes are stopped: the audio, journal and simulator body go (they filled /tmp run after run);
# the whole folder goes after a successful run unless the script keeps its recordings (KEEP_WORK=1: the profiles).
cleanup() {
  local status=$?
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK/data" "$WORK/wiremock/__files"
  if [ "$status" = 0 ] && [ "${KEEP_WORK:-0}" != 1 ]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT

# percentile p of the numbers on stdin (seconds) → milliseconds
percentile() { sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int((NR*p/100)+0.999); if (i<1) i=1; printf "%.2f", a[i]*1000}'; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_http() { # url, what: bounded wait for a server to answer
  for _ in $(seq 1 120); do curl -fs -o /dev/null "$1" && return 0; sleep 0.5; done
  echo "$2 did not start; logs in $WORK" >&2; exit 1
}

# The simulator (run.sh, profile-misses.sh): WireMock standalone ($WIREMOCK_JAR) on $WM_PORT with bench/wiremock's
# mappings and a ~30 KB body that starts like an MP3 frame; waits until it answers.
# BENCH_UPSTREAM_DELAY=uniform:LOW:HIGH (milliseconds) gives the non-streaming answer a delay drawn per request instead
# of its fixed 100 ms: real ElevenLabs latency varies, and a fixed delay keeps wrk's connections in lock-step bursts.
start_simulator() {
  mkdir -p "$WORK/wiremock/__files" "$WORK/wiremock/mappings"
  cp bench/wiremock/mappings/*.json "$WORK/wiremock/mappings/"
  if [ -n "${BENCH_UPSTREAM_DELAY:-}" ]; then
    python3 - "$WORK/wiremock/mappings/tts.json" "$BENCH_UPSTREAM_DELAY" <<'PY'
import json, sys
path, (kind, low, high) = sys.argv[1], sys.argv[2].split(":")
mapping = json.load(open(path))
del mapping["response"]["fixedDelayMilliseconds"]
mapping["response"]["delayDistribution"] = {"type": kind, "lower": int(low), "upper": int(high)}
json.dump(mapping, open(path, "w"), indent=2)
PY
  fi
  python3 -c 'import os,sys; sys.stdout.buffer.write(b"\xff\xfb\x90\x64" + os.urandom(30 * 1024 - 4))' > "$WORK/wiremock/__files/audio.mp3"
  java -Xmx512m -jar "$WIREMOCK_JAR" --port "$WM_PORT" --bind-address 127.0.0.1 --root-dir "$WORK/wiremock" \
    --no-request-journal --disable-banner --async-response-enabled true --async-response-threads 64 \
    --container-threads 400 --jetty-acceptor-threads 2 > "$WORK/wiremock.log" 2>&1 &
  PIDS+=($!)
  wait_http "http://127.0.0.1:$WM_PORT/__admin/health" WireMock
}

# locutor ($JAR) on $APP_PORT against the simulator: embedded defaults (folder storage, in-memory cache index), a pool
# big enough for 200 streams; sets APP_PID and waits until it answers. The embedded broker gets a free port too: on
# its default 61616, taken by any other locutor running on the machine (a test, another bench), the broker did not
# start and the queue door retried every 5 s, logging a stack trace each time, all through the measurement.
# LOCUTOR_JAVA_OPTS: more JVM options for locutor (e.g. to compare a flag; none by default).
start_locutor() {
  LOCUTOR_HOST=127.0.0.1 LOCUTOR_PORT=$APP_PORT LOCUTOR_DATA_DIR="$WORK/data" LOCUTOR_PUBLIC_URL="http://127.0.0.1:$APP_PORT" \
  LOCUTOR_QUEUE_PORT=$(free_port) \
  ELEVENLABS_API_KEY=sk_bench ELEVENLABS_BASE_URL="http://127.0.0.1:$WM_PORT" ELEVENLABS_MAX_CONNECTIONS=256 ELEVENLABS_CONCURRENCY=256 \
    java -Xms256m -Xmx512m ${LOCUTOR_JAVA_OPTS:-} -jar "$JAR" > "$WORK/locutor.log" 2>&1 &
  APP_PID=$!
  PIDS+=($APP_PID)
  wait_http "http://127.0.0.1:$APP_PORT/observe/health" locutor
}

# Time to first byte of $1 sequential streams each, straight from the simulator and through locutor's
# GET /audio/stream, with distinct texts ($2: a run id, $3: the first word of locutor's texts): one
# time_starttransfer (seconds) per line in $WORK/ttfb-direct and $WORK/ttfb-locutor.
sample_ttfb() {
  : > "$WORK/ttfb-direct"; : > "$WORK/ttfb-locutor"
  for i in $(seq 1 "$1"); do
    curl -s --max-time 30 -o /dev/null -w '%{time_starttransfer}\n' -X POST -H 'Content-Type: application/json' \
      -d "{\"text\": \"Directo $2 $i\"}" "http://127.0.0.1:$WM_PORT/v1/text-to-speech/${VOICE:-AZnzlk1XvdvUeBnXmlld}/stream" >> "$WORK/ttfb-direct"
    curl -s --max-time 30 -o /dev/null -w '%{time_starttransfer}\n' \
      "http://127.0.0.1:$APP_PORT/audio/stream?text=$3%20$2%20$i&voice=Bella&language=es" >> "$WORK/ttfb-locutor"
  done
}

# Warm-up of the miss and stream paths (JIT) before they are measured, against stubs (WireMock's admin API, above the
# bench mappings, removed after): $2 sequential streams first, then $1 concurrent misses (wrk, 8 connections,
# $WORK/post-miss.lua, counted as stored audio files) answered after a few milliseconds. A JVM 2,000 misses old (what
# 30 s of 100 ms misses gave it) still spent ~17 ms of JIT CPU a miss, and its worker and event loop two to three
# times the CPU of one 30,000 misses old (bench/README.md, "Eighth run"). The order and
# the delay matter (fourteenth run): streams run through the miss path's beans, HTTP client and Camel machinery with
# other types and branches, so streams after the misses deoptimized ~120 of the miss path's C2 methods; and a stub
# answering at once trained the HTTP client's socket read on answers already there, which the measured upstream's
# 100 ms wait then deoptimized. The measured misses recompiled both: 2.5 ms of JIT CPU a miss in the first 10 s.
warm_up_misses() {
  local misses=$1 streams=$2 tts stream pid started i id
  stub() { # path pattern, extra response fields: a stub mapping without the bench's 100 ms delay; prints its id
    curl -s -X POST "http://127.0.0.1:$WM_PORT/__admin/mappings" -d "{\"priority\": 1,
      \"request\": {\"method\": \"POST\", \"urlPathPattern\": \"$1\"},
      \"response\": {\"status\": 200, \"bodyFileName\": \"audio.mp3\", $2
        \"headers\": {\"Content-Type\": \"audio/mpeg\", \"request-id\": \"warm-up\", \"x-character-count\": \"42\"}}}" |
      python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])'
  }
  tts=$(stub '/v1/text-to-speech/[A-Za-z0-9]+' '"fixedDelayMilliseconds": 5,')
  stream=$(stub '/v1/text-to-speech/[A-Za-z0-9]+/stream' '"chunkedDribbleDelay": {"numberOfChunks": 20, "totalDuration": 20},')
  started=$(date +%s)
  for i in $(seq 1 "$streams"); do
    curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/audio/stream?text=Calentar%20$started%20$i&voice=Bella&language=es"
  done
  wrk -t2 -c8 -d1h -s "$WORK/post-miss.lua" "http://127.0.0.1:$APP_PORT" -- /v1/audio "warm$started" > /dev/null &
  pid=$!
  while [ "$(find "$WORK/data" -name '*.mp3' | wc -l)" -lt "$((streams + misses))" ]; do # the streams' audio is stored too
    sleep 2
    [ $(($(date +%s) - started)) -lt 1200 ] || { echo "warm-up: $misses misses not reached in 20 min" >&2; break; }
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  for id in "$tts" "$stream"; do curl -s -o /dev/null -X DELETE "http://127.0.0.1:$WM_PORT/__admin/mappings/$id"; done
  echo "warm_up misses=$(($(find "$WORK/data" -name '*.mp3' | wc -l) - streams)) streams=$streams seconds=$(($(date +%s) - started))"
  settle_jit "$started"
}

# JIT compilers' CPU ticks of process $1 (thread_cpu's "C1/C2 CompilerThread" groups)
jit_ticks() { thread_cpu "$1" | awk '/Compiler/ {s += $2} END {print s + 0}'; }
# settle <label> <command...>: runs the command (5 s of the shape about to be measured) again until the JIT compilers
# use less than 50 ms of CPU in one run, at most $BENCH_SETTLE_SLICES (12) runs, and prints how many it took; $SLICE
# holds the run's number for commands that need texts of their own. Right after the miss stubs, the measured misses
# still paid 0.4 to 1.6 ms of JIT CPU each in their first 10 s, and three windows later 0.05: how much was left
# depended on the machine's load during the warm-up (bench/README.md, "Eighteenth run"); on a slow machine the cache
# hit `POST` still spent 13 to 26 us of JIT CPU a request after 20 s of wrk ("Twentieth run").
settle() {
  local label=$1 SLICE before jit=0; shift
  for SLICE in $(seq 1 "${BENCH_SETTLE_SLICES:-12}"); do
    before=$(jit_ticks "$APP_PID")
    "$@" > /dev/null
    jit=$((($(jit_ticks "$APP_PID") - before) * TICK_MS))
    [ "$jit" -lt 50 ] && break
  done
  echo "$label settled slices=$SLICE jit_ms_last_slice=$jit"
}
# The miss warm-up's last part: the measured shape itself (the simulator's 100 ms, 8 connections, texts shaped like
# the measured ones, new in every slice). $1: a run id for the texts.
settle_jit() {
  local run=$1
  settle warm_up settle_miss_slice
}
settle_miss_slice() { wrk -t2 -c8 -d5s -s "$WORK/post-miss.lua" "http://127.0.0.1:$APP_PORT" -- /v1/audio "settle$SLICE$run"; }

# CPU per request by thread group (request-cpu.sh, hit-cpu.sh): ticks of each thread of a process from /proc, grouped
TICK_MS=$((1000 / $(getconf CLK_TCK)))
# CPU ticks of each thread group of a process (thread names without their numbers), one "group ticks" per line
thread_cpu() {
  local t name ticks
  for t in /proc/"$1"/task/*; do # a thread may end between the listing and the read: skipped
    name=$( { tr ' ' '_' < "$t/comm"; } 2>/dev/null | sed -E 's/[-_#]?[0-9]+$//') || continue
    ticks=$(sed 's/^.*) //' "$t/stat" 2>/dev/null | awk '{print $12 + $13}')
    [ -n "$name" ] && [ -n "$ticks" ] && printf '%s %s\n' "$name" "$ticks"
  done | awk '{a[$1] += $2} END {for (k in a) print k, a[k]}' | sort
}
# before, after, count, label[, unit ms|us]: CPU per request by thread group, the request threads first (the access
# log's writer thread, Log4j2-AsyncAppender..., is counted in "other")
cpu_report() {
  join -a2 -e0 -o 0,1.2,2.2 <(echo "$1") <(echo "$2") | awk -v n="$3" -v tick="$TICK_MS" -v label="$4" -v unit="${5:-ms}" '
    { d = ($3 - $2) * tick / n * (unit == "us" ? 1000 : 1); if (d <= 0) next; total += d
      if ($1 ~ /^vert\.x-worker/) w += d; else if ($1 ~ /^vert\.x-eventloo/) e += d; else if ($1 ~ /Compiler/) j += d; else o += d }
    END { f = unit == "us" ? "%.1f" : "%.2f"
          printf "%s_cpu_%s_per_request worker=" f " eventloop=" f " jit=" f " other=" f " total=" f "\n", label, unit, w, e, j, o, total }'
}
