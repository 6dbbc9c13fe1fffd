#!/usr/bin/env bash
# Cold start of the packaged jar: wall time from `java -jar target/locutor.jar` (started from an empty directory, as
# a user starts it) to its first served API answer (POST /v1/text/normalize, which needs no upstream), over several
# runs; prints each run, the median, and where the time went according to the jar's own log.
#
#   mvn -q -DskipTests package && bench/cold-start.sh            # COLD_START_RUNS=7 to change the number of runs
#   COLD_START_JAR=/tmp/other.jar bench/cold-start.sh             # another build, for before/after pairs
#   COLD_START_JAVA_OPTS=-XX:SharedArchiveFile=/tmp/locutor.jsa bench/cold-start.sh   # JVM options (e.g. a CDS archive
#                                                                 # made by src/main/docker/cds-archive.sh)
#
# Needs java 17, curl, python3 and /proc (for the CPU figure). Nothing else runs: ELEVENLABS_BASE_URL points at a
# closed port (not called).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="${COLD_START_JAR:-$ROOT/target/locutor.jar}"
RUNS="${COLD_START_RUNS:-5}"
[[ -f "$JAR" ]] || { echo "no $JAR: run mvn -q -DskipTests package first" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
now_ms() { date +%s%3N; }

results=()
cpus=()
for run in $(seq 1 "$RUNS"); do
  work="$(mktemp -d)"
  port="$(free_port)"
  start=$(now_ms)
  start_of_day=$(( start - $(date -d "$(date +%F)" +%s%3N) ))   # local ms since midnight, as the log's clock
  (cd "$work" && LOCUTOR_PORT="$port" LOCUTOR_QUEUE_PORT="$(free_port)" LOCUTOR_DATA_DIR="$work/data" \
     ELEVENLABS_BASE_URL="http://127.0.0.1:9" exec java ${COLD_START_JAVA_OPTS:-} -jar "$JAR" >"$work/log" 2>&1) &
  pid=$!
  # Poll the port (this is the measurement, not a synchronization in a test): first 200 ends the clock.
  until curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
        -d '{"text":"Hola 1"}' "http://127.0.0.1:$port/v1/text/normalize" 2>/dev/null | grep -q 200; do
    kill -0 "$pid" 2>/dev/null || { echo "run $run: locutor exited; log in $work/log" >&2; exit 1; }
    sleep 0.02
  done
  served=$(( $(now_ms) - start ))
  # CPU the JVM used until then (user + system, all threads): on a loaded machine, steadier than the wall time
  cpu=$(( $(awk '{print $14 + $15}' "/proc/$pid/stat") * 1000 / $(getconf CLK_TCK) ))
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  # The log's own milestones (HH:MM:SS.mmm), relative to the first line the JVM printed.
  breakdown="$(python3 - "$work/log" "$start_of_day" <<'EOF'
import re, sys
marks = [("settings read", r"Auto-configuration summary"),
         ("beans built, routes loaded", r"Apache Camel [0-9.]+ \(.*\) is starting"),
         ("broker live", r"AMQ221007"),
         ("routes started", r"\) started in ")]
def ms(line):
    h, m, s = line[:12].split(":"); return (int(h) * 3600 + int(m) * 60) * 1000 + round(float(s) * 1000)
lines = [l for l in open(sys.argv[1], encoding="utf-8", errors="replace") if re.match(r"\d\d:\d\d:\d\d\.\d{3} ", l)]
t0 = ms(lines[0]); out = [f"JVM to first log line {ms(lines[0]) - int(sys.argv[2])} ms"]
for name, pattern in marks:
    hit = next((l for l in lines if re.search(pattern, l)), None)
    if hit: out.append(f"{name} +{ms(hit) - t0} ms")
boot = next((re.search(r"\(build:.*\)", l).group(0) for l in lines if ") started in " in l), "")
print("; ".join(out), boot)
EOF
)"
  echo "run $run: first answer after ${served} ms, ${cpu} ms of CPU  [$breakdown]"
  results+=("$served")
  cpus+=("$cpu")
  rm -rf "$work"
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
echo "median of $RUNS runs: $(median "${results[@]}") ms (java -jar to first served request), $(median "${cpus[@]}") ms of CPU;" \
  "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
