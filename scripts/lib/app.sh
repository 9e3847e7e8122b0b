# shellcheck shell=bash
# Sourced: waits for and stops an application the calling script started with `java -jar … --server.port=0`.

# kcn_app_wait PID LOG: waits until the app is healthy and prints its base URL (http://127.0.0.1:PORT).
# The port is the one Tomcat picked (server.port=0), read from the log, so there is no race for a free
# port. Fails, with the end of the log, when the app exits or is not healthy within 180 s.
kcn_app_wait() {
  local pid=$1 log=$2 port="" i
  for ((i = 0; i < 360; i++)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "[app] the app exited during start-up; the end of its log:" >&2; tail -n 40 "$log" >&2
      return 1
    fi
    if [[ -z "$port" ]]; then
      port=$(sed -n 's/.*started on port[s]*[(: ]*\([0-9][0-9]*\).*/\1/p' "$log" | head -n 1)
    fi
    if [[ -n "$port" ]] && curl -fsS -m 5 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      echo "[app] up at http://127.0.0.1:$port after $((i / 2)) s" >&2
      printf 'http://127.0.0.1:%s' "$port"
      return 0
    fi
    sleep 0.5
  done
  echo "[app] not healthy after 180 s; the end of its log:" >&2; tail -n 40 "$log" >&2
  return 1
}

# kcn_app_stop PID: asks the app to stop, and kills it after 15 s.
kcn_app_stop() {
  local pid=$1 i
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for ((i = 0; i < 30; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
