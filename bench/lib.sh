# Shared by the bench scripts (sourced): a scratch folder, processes stopped on exit, free ports, bounded waits.
# The caller sets WORK_PREFIX before sourcing (e.g. /tmp/locutor-bench).
WORK=$(mktemp -d "${WORK_PREFIX:-/tmp/locutor-bench}.XXXXXX")
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_http() { # url, what: bounded wait for a server to answer
  for _ in $(seq 1 120); do curl -fs -o /dev/null "$1" && return 0; sleep 0.5; done
  echo "$2 did not start; logs in $WORK" >&2; exit 1
}
