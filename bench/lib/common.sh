# shellcheck shell=bash
# Sourced by bench/run-all and bench/load: logging, ports, processes and waiting for HTTP.

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "$*"; exit 1; }

# Debian's python3 (pyenv or a virtualenv may come first on PATH; only the standard library is used).
py=python3
[[ -x /usr/bin/python3 ]] && py=/usr/bin/python3

stop_pid() {  # PID [SECONDS to wait before SIGKILL]
  local pid=$1 i
  kill "$pid" 2>/dev/null || return 0
  for ((i = 0; i < ${2:-10} * 4; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.25; done
  kill -9 "$pid" 2>/dev/null || true
}

free_port() {
  "$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_http() {  # URL SECONDS PID LOG
  local i
  for ((i = 0; i < $2 * 2; i++)); do
    curl -fsS -m 5 -o /dev/null "$1" 2>/dev/null && return 0
    kill -0 "$3" 2>/dev/null || { tail -n 40 "$4" >&2; die "process $3 died while starting ($4)"; }
    sleep 0.5
  done
  tail -n 40 "$4" >&2
  die "$1 did not answer within $2 s"
}

psql_q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

# Other work on the machine skews every figure: waits (up to BENCH_WAIT_QUIET s, 0) for a load average
# under BENCH_QUIET_LOAD (0.5), then sets load_start and warns when the machine is still busy.
wait_quiet() {
  local i quiet_wait=${BENCH_WAIT_QUIET:-0} quiet_load=${BENCH_QUIET_LOAD:-0.5}
  for ((i = 0; i < quiet_wait; i += 10)); do
    awk -v max="$quiet_load" '{ exit !($1 < max) }' /proc/loadavg && break
    ((i % 60 == 0)) && log "waiting for a quiet machine (load $(cut -d' ' -f1-3 /proc/loadavg))"
    sleep 10
  done
  load_start=$(cut -d' ' -f1-3 /proc/loadavg)
  awk '{ exit !($1 > 1.0) }' /proc/loadavg && log "warning: load average $load_start before starting: other processes use the CPU, figures will be noisy"
  return 0
}
