#!/usr/bin/env bash
# CPU time locutor spends per cache miss and per stream, by thread group, and sequential latencies against the simulator;
# run by hand (never by mvn verify). Loopback only, bounded.
#   mvn -q -DskipTests package && bench/request-cpu.sh       (needs: java 17, wrk, curl, python3)
# CPU time per request (from /proc/<pid>/task/*/stat) hardly moves with the machine's load, where wall-clock latencies
# on a shared 2-core box move by more than the changes measured (bench/README.md, "Sixth run"). Same simulator and
# locutor settings as run.sh (lib.sh); the JIT is warmed first by wrk, and what the JIT compilers still use is shown apart.
# The warm-up is counted in misses, against a stub answering after 5 ms, streams first (lib.sh, warm_up_misses).
set -euo pipefail
cd "$(dirname "$0")/.."

REQUESTS=${CPU_REQUESTS:-200}      # sequential misses measured
STREAMS=${CPU_STREAMS:-20}         # sequential streams measured (each ~3.1 s upstream)
SAMPLES=${CPU_SAMPLES:-20}         # sequential misses and streams timed against the simulator
BURST=${CPU_BURST_DURATION:-10s}   # misses as run.sh sends them (wrk, 8 connections kept alive) measured for their CPU
WARMUP_MISSES=${CPU_WARMUP_MISSES:-30000}   # misses (wrk, 8 connections) against the 5 ms stub before measuring
WARMUP_STREAMS=${CPU_WARMUP_STREAMS:-300}   # sequential streams against the instant stub, before the misses

BENCH_TOOLS="java wrk curl python3"
WORK_PREFIX=/tmp/locutor-request-cpu
# shellcheck source=bench/lib.sh
. bench/lib.sh  # the scripts run from the repository root (cd above)
miss() { # text: one POST /v1/audio on a new connection, its total time (s)
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' \
    -d "{\"text\": \"$1\", \"voice\": \"Bella\", \"language\": \"es\"}" "http://127.0.0.1:$APP_PORT/v1/audio"
}

WM_PORT=$(free_port); APP_PORT=$(free_port)
start_simulator
start_locutor
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
RUN_ID=$(date +%s)
cat bench/http/post-miss.lua bench/http/report.lua > "$WORK/post-miss.lua"
warm_up_misses "$WARMUP_MISSES" "$WARMUP_STREAMS"  # lib.sh
# compilations the JIT finished so far (jstat's first column), to show how many more the measured requests caused
compiled() { jstat -compiler "$APP_PID" 2>/dev/null | awk 'NR == 2 {print $1}'; }

# The same misses as run.sh's miss phase sends them (wrk -c8, kept-alive connections, in lock-step bursts): what the
# goal's measure pays per miss. A sequential miss on a new connection (below) also pays the connection's set-up and
# close, and wakes idle threads on idle cores: its event-loop figure was 3 to 6 times this one (bench/README.md,
# "Twelfth run"). Measured first, right after the warm-up of the same shape: after the sequential misses (other
# texts, new connections) the burst's first 10 s recompiled what they had retrained, 1.3 ms of JIT CPU a miss
# (bench/README.md, "Eighteenth run").
before=$(thread_cpu "$APP_PID"); jit_before=$(compiled)
burst=$(wrk -t2 -c8 -d"$BURST" -s "$WORK/post-miss.lua" "http://127.0.0.1:$APP_PORT" -- /v1/audio "burst$RUN_ID" | grep '^RESULT')
burst_requests=$(echo "$burst" | sed -E 's/.*requests=([0-9]+).*/\1/')
cpu_report "$before" "$(thread_cpu "$APP_PID")" "$burst_requests" burst_miss
echo "burst_miss ${burst#RESULT }"
echo "jit_compilations_during_burst=$(($(compiled) - jit_before))"

before=$(thread_cpu "$APP_PID"); jit_before=$(compiled)
for i in $(seq 1 "$REQUESTS"); do miss "Cpu $RUN_ID $i" > /dev/null; done
cpu_report "$before" "$(thread_cpu "$APP_PID")" "$REQUESTS" miss
echo "jit_compilations_during_misses=$(($(compiled) - jit_before)) of $(compiled)"

before=$(thread_cpu "$APP_PID"); jit_before=$(compiled)
for i in $(seq 1 "$STREAMS"); do
  curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/audio/stream?text=Cpu%20stream%20$RUN_ID%20$i&voice=Bella&language=es"
done
cpu_report "$before" "$(thread_cpu "$APP_PID")" "$STREAMS" stream
echo "jit_compilations_during_streams=$(($(compiled) - jit_before))"

: > "$WORK/miss-direct"; : > "$WORK/miss-locutor"
for i in $(seq 1 "$SAMPLES"); do
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -d "{\"text\": \"Directo $RUN_ID $i\"}" \
    "http://127.0.0.1:$WM_PORT/v1/text-to-speech/$VOICE" >> "$WORK/miss-direct"
  miss "Secuencial $RUN_ID $i" >> "$WORK/miss-locutor"
done
echo "seq_miss_simulator_direct p50_ms=$(percentile 50 < "$WORK/miss-direct")"
echo "seq_miss_locutor p50_ms=$(percentile 50 < "$WORK/miss-locutor")"
sample_ttfb "$SAMPLES" "$RUN_ID" Primer  # texts of their own: the misses above made "Secuencial ..." hits
echo "seq_ttfb_simulator_direct p50_ms=$(percentile 50 < "$WORK/ttfb-direct")"
echo "seq_ttfb_locutor_stream p50_ms=$(percentile 50 < "$WORK/ttfb-locutor")"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
