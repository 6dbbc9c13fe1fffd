#!/usr/bin/env sh
# Writes a class data sharing archive (AppCDS, JDK 17's dynamic archive) for a locutor jar: one training start, on
# embedded defaults in a scratch folder, to its first served answer, then SIGTERM; the JVM writes at exit the classes
# that start loaded. A start with -XX:SharedArchiveFile=<archive> maps them instead of loading them from the jar
# (bench/README.md, cold start). The archive fits that jar file and that JVM only; with another, the JVM says so in one
# warning line and starts without it.
#
#   cds-archive.sh locutor.jar locutor.jsa
#
# Used by the Dockerfile (at image build) and bench/cold-start.sh (COLD_START_CDS=1). Needs java and curl.
set -eu
jar="$1"
archive="$2"
port="${CDS_TRAINING_PORT:-18080}"
work="$(mktemp -d)"
(cd "$work" && LOCUTOR_PORT="$port" LOCUTOR_QUEUE_PORT="$((port + 1))" LOCUTOR_DATA_DIR="$work/data" \
   ELEVENLABS_BASE_URL="http://127.0.0.1:9" exec java -XX:ArchiveClassesAtExit="$archive" -jar "$jar" >"$work/log" 2>&1) &
pid=$!
tries=0
until curl -fs -o /dev/null -H 'Content-Type: application/json' -d '{"text":"Hola 1"}' \
      "http://127.0.0.1:$port/v1/text/normalize"; do
  tries=$((tries + 1))
  if ! kill -0 "$pid" 2>/dev/null || [ "$tries" -gt 600 ]; then
    echo "cds-archive: the training start did not answer; its log:" >&2
    cat "$work/log" >&2
    kill -9 "$pid" 2>/dev/null || true
    exit 1
  fi
  sleep 0.2
done
kill -TERM "$pid"
wait "$pid" || true
rm -rf "$work"
[ -s "$archive" ] || { echo "cds-archive: no archive written at $archive" >&2; exit 1; }
echo "cds-archive: $archive ($(du -h "$archive" | cut -f1)) for $jar"
