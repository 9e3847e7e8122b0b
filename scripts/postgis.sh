#!/usr/bin/env bash
# shellcheck shell=bash
# Makes sure a PostGIS server is reachable and exports KCN_DB_URL, KCN_DB_USER
# and KCN_DB_PASSWORD (the variables the Java side reads).
#
# Sourced (scripts/test does this), it tries in order:
#   a. the server named by $KCN_DB_URL, if it answers and has PostGIS;
#   b. a throwaway local cluster (PostgreSQL 15 + PostGIS 3, installed with
#      apt-get when missing and running as root) on 127.0.0.1:55432 or the
#      next free port; it is stopped and deleted when the sourcing shell exits;
#   c. the `postgis` service of docker-compose.yml (removed at exit);
#   d. otherwise it fails and says what to install.
#
# Run directly, it manages one longer-lived server for this checkout:
#   scripts/postgis.sh start   start (or reuse) it and print its `export` lines
#   scripts/postgis.sh env     print the `export` lines: eval "$(scripts/postgis.sh env)"
#   scripts/postgis.sh stop    stop it and delete its files
#   scripts/postgis.sh psql [ARGS]   psql into $KCN_DB_URL, else into that server
#
# And a cluster of the caller's own, for a test that crashes and restarts its server (the outage test):
#   scripts/postgis.sh cluster DIR   make one in the new empty directory DIR, start it, print its `export` lines
#   scripts/postgis.sh halt DIR      stop it at once, as a crash would (pg_ctl stop -m immediate)
#   scripts/postgis.sh resume DIR    start it again on the same port
#   scripts/postgis.sh drop DIR      stop it and delete DIR
# Its commits are synchronous, unlike the throwaway's: a commit acknowledged before a crash stays.
#
# Knobs: KCN_PG_VERSION (15), KCN_PG_PORT (first port tried, 55432),
#        KCN_PG_BINDIR (a PostgreSQL bin directory to use instead of searching).

kcn_pg_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
kcn_pg_version=${KCN_PG_VERSION:-15}
kcn_pg_base_port=${KCN_PG_PORT:-55432}
kcn_pg_user=kcn
kcn_pg_db=kcnatlas_test
kcn_pg_kind=""  # what kcn_pg_cleanup must tear down: "", local or docker
kcn_pg_dir=""   # local: cluster directory; docker: state directory (start mode)
kcn_pg_project=""

kcn_pg_log() { echo "[postgis] $*" >&2; }

kcn_pg_random() { od -An -N16 -tx1 /dev/urandom | tr -d ' \n'; }

# Directory of the longer-lived server of `start`, one per user and checkout.
# Kept outside target/ so that `mvnw clean` cannot orphan a running server.
kcn_pg_state_dir() {
  local sum
  sum=$(printf '%s' "$kcn_pg_root" | cksum | cut -d' ' -f1)
  printf '%s/kcn-atlas-pg-%s-%s' "${TMPDIR:-/tmp}" "$(id -u)" "$sum"
}

# Runs a command as the cluster owner: `postgres` when we are root
# (PostgreSQL refuses to run as root), else the current user.
kcn_pg_as_owner() {
  if ((EUID != 0)); then
    "$@"
  elif command -v runuser >/dev/null 2>&1; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && su postgres -s /bin/sh -c "$(printf '%q ' "$@")")
  fi
}

# --- a. an existing server --------------------------------------------------

# shellcheck source=lib/pg.sh
source "$kcn_pg_root/scripts/lib/pg.sh"  # kcn_pg_parse_url

kcn_pg_psql_bin() {
  local candidate
  for candidate in "${KCN_PG_BINDIR:-/nonexistent}/psql" "$(command -v psql || true)" \
    "/usr/lib/postgresql/$kcn_pg_version/bin/psql" /usr/lib/postgresql/*/bin/psql; do
    [[ -n "$candidate" && -x "$candidate" ]] && { printf '%s' "$candidate"; return 0; }
  done
  return 1
}

# Connects as $KCN_DB_USER to $KCN_DB_URL, makes sure PostGIS is there and
# prints "PostgreSQL x, PostGIS y". On failure prints the reason and fails.
kcn_pg_probe() {
  local psql
  if ! kcn_pg_parse_url "${KCN_DB_URL:-}"; then
    echo "cannot parse '${KCN_DB_URL:-}' (want jdbc:postgresql://host[:port]/db)"
    return 1
  fi
  if ! psql=$(kcn_pg_psql_bin); then
    # shellcheck disable=SC2016  # expanded by the inner bash
    if timeout 5 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$kcn_pg_url_host" "$kcn_pg_url_port" 2>/dev/null; then
      echo "server answers on $kcn_pg_url_host:$kcn_pg_url_port (PostGIS not checked: no psql installed)"
      return 0
    fi
    echo "nothing listens on $kcn_pg_url_host:$kcn_pg_url_port"
    return 1
  fi
  PGPASSWORD=${KCN_DB_PASSWORD:-} PGCONNECT_TIMEOUT=5 PGOPTIONS='-c client_min_messages=warning' \
    "$psql" -X -q -At -v ON_ERROR_STOP=1 -h "$kcn_pg_url_host" -p "$kcn_pg_url_port" \
    -U "${KCN_DB_USER:-$kcn_pg_user}" -d "$kcn_pg_url_db" \
    -c 'CREATE EXTENSION IF NOT EXISTS postgis' \
    -c "SELECT 'PostgreSQL ' || current_setting('server_version') || ', PostGIS ' || postgis_lib_version()" 2>&1
}

# --- b. a local throwaway cluster -------------------------------------------

kcn_pg_has_postgis() {
  local bindir=$1 sharedir
  if [[ "$bindir" =~ ^/usr/lib/postgresql/([0-9]+)/bin/?$ ]]; then  # Debian/Ubuntu layout
    sharedir=/usr/share/postgresql/${BASH_REMATCH[1]}
  else
    sharedir=$("$bindir/pg_config" --sharedir 2>/dev/null) || sharedir="$bindir/../share/postgresql"
  fi
  [[ -f "$sharedir/extension/postgis.control" ]]
}

# Prints the bin directory of a PostgreSQL server that has PostGIS; prefers
# $KCN_PG_BINDIR, then version $KCN_PG_VERSION, then the newest one.
kcn_pg_find_bindir() {
  local dir candidates=()
  [[ -n "${KCN_PG_BINDIR:-}" ]] && candidates+=("$KCN_PG_BINDIR")
  candidates+=("/usr/lib/postgresql/$kcn_pg_version/bin")
  while IFS= read -r dir; do candidates+=("$dir"); done \
    < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k5,5nr)
  if command -v initdb >/dev/null 2>&1; then
    candidates+=("$(dirname "$(command -v initdb)")")
  fi
  for dir in "${candidates[@]}"; do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]] && kcn_pg_has_postgis "$dir"; then
      printf '%s' "$dir"
      return 0
    fi
  done
  return 1
}

kcn_pg_install() {
  local pkg="postgresql-$kcn_pg_version-postgis-3"
  if ((EUID != 0)) || ! command -v apt-get >/dev/null 2>&1; then
    kcn_pg_log "no local PostgreSQL with PostGIS (not root or no apt-get, so not installing $pkg)"
    return 1
  fi
  kcn_pg_log "installing $pkg with apt-get (one time; takes a minute)"
  if ! { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$pkg"; } >&2; then
    kcn_pg_log "apt-get install $pkg failed"
    return 1
  fi
}

kcn_pg_port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Prints the first port >= $1 that nothing listens on.
kcn_pg_free_port() {
  local port=$1
  while kcn_pg_port_busy "$port"; do
    port=$((port + 1))
    ((port < $1 + 200)) || return 1
  done
  printf '%s' "$port"
}

kcn_pg_admin_sql() {
  local psql=$1 dir=$2 port=$3 db=$4
  "$psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d "$db"
}

# Creates and starts a cluster in the empty directory $1 with binaries from $2,
# then exports KCN_DB_*. Files: data/, postgres.log, env, meta.
kcn_pg_local_create() {
  local dir=$1 bin=$2 psql port password attempt
  psql="$bin/psql"
  [[ -x "$psql" ]] || psql=$(kcn_pg_psql_bin) || { kcn_pg_log "no psql found"; return 1; }
  if ((EUID == 0)); then
    id postgres >/dev/null 2>&1 || { kcn_pg_log "running as root but there is no 'postgres' user to run the server"; return 1; }
    chown postgres: "$dir" || return 1
    kcn_pg_as_owner test -w "$dir" || { kcn_pg_log "user postgres cannot write to $dir (set TMPDIR to a directory it can reach)"; return 1; }
  fi
  chmod 700 "$dir" || return 1
  if ! kcn_pg_as_owner "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C \
    --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$dir/initdb.log" 2>&1; then
    kcn_pg_log "initdb failed:"; tail -n 20 "$dir/initdb.log" >&2
    return 1
  fi
  cat >>"$dir/data/postgresql.conf" <<CONF || return 1

# kcn-atlas throwaway test cluster
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = ${kcn_pg_synchronous_commit:-off}
full_page_writes = off
CONF
  port=$(kcn_pg_free_port "$kcn_pg_base_port") || { kcn_pg_log "no free port from $kcn_pg_base_port"; return 1; }
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    [[ -f "$dir/postgres.log" ]] && mv -f "$dir/postgres.log" "$dir/postgres.log.$((attempt - 1))"
    # -o -p instead of the config file, so a lost race for the port can retry.
    if kcn_pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -o "-p $port" -w -t 60 start >/dev/null 2>&1; then
      break
    fi
    if ((attempt < 10)) && grep -qE 'could not (bind|create lock)|already in use' "$dir/postgres.log" 2>/dev/null; then
      port=$(kcn_pg_free_port $((port + 1))) || break
      continue
    fi
    kcn_pg_log "the server did not start:"; tail -n 20 "$dir/postgres.log" >&2
    return 1
  done
  printf 'meta_kind=local\nmeta_bin=%q\nmeta_port=%q\n' "$bin" "$port" >"$dir/meta" || return 1
  password=$(kcn_pg_random)
  kcn_pg_admin_sql "$psql" "$dir" "$port" postgres <<SQL || return 1
CREATE ROLE $kcn_pg_user LOGIN PASSWORD '$password';
CREATE DATABASE $kcn_pg_db OWNER $kcn_pg_user;
SQL
  echo 'CREATE EXTENSION postgis;' | kcn_pg_admin_sql "$psql" "$dir" "$port" "$kcn_pg_db" || return 1
  export KCN_DB_URL="jdbc:postgresql://127.0.0.1:$port/$kcn_pg_db"
  export KCN_DB_USER=$kcn_pg_user
  export KCN_DB_PASSWORD=$password
  kcn_pg_write_env "$dir"
}

kcn_pg_write_env() {
  (umask 077 && printf 'export KCN_DB_URL=%q\nexport KCN_DB_USER=%q\nexport KCN_DB_PASSWORD=%q\n' \
    "$KCN_DB_URL" "$KCN_DB_USER" "$KCN_DB_PASSWORD" >"$1/env")
}

# Stops (immediate mode: nothing to keep) and deletes the cluster in $1.
kcn_pg_local_destroy() {
  # shellcheck disable=SC2034  # meta_* are set by sourcing the meta file
  local dir=$1 meta_kind="" meta_bin="" meta_port="" pid
  # shellcheck source=/dev/null
  [[ -f "$dir/meta" ]] && source "$dir/meta"
  [[ -n "$meta_bin" ]] || meta_bin=$(kcn_pg_find_bindir 2>/dev/null) || true
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    if ! kcn_pg_as_owner "$meta_bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1; then
      pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null) || true
      [[ "$pid" =~ ^[0-9]+$ ]] && kill -QUIT "$pid" 2>/dev/null && sleep 1
    fi
  fi
  rm -rf "$dir"
}

# --- c. docker compose ------------------------------------------------------

kcn_pg_docker_available() {
  command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1 && docker info >/dev/null 2>&1
}

kcn_pg_compose() {
  KCN_DB_PORT=${KCN_DB_PORT:-5432} KCN_DB_PASSWORD=${KCN_DB_PASSWORD:-unused} \
    docker compose -f "$kcn_pg_root/docker-compose.yml" -p "$kcn_pg_project" "$@"
}

# Starts the compose `postgis` service as project $kcn_pg_project and exports KCN_DB_*.
kcn_pg_docker_up() {
  local port password cid status="" i
  port=$(kcn_pg_free_port "$kcn_pg_base_port") || return 1
  password=$(kcn_pg_random)
  kcn_pg_log "starting the postgis service of docker-compose.yml (project $kcn_pg_project, port $port)"
  KCN_DB_PORT=$port KCN_DB_PASSWORD=$password kcn_pg_compose up -d postgis >&2 || return 1
  cid=$(kcn_pg_compose ps -q postgis)
  for ((i = 0; i < 120; i++)); do
    status=$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{end}}' "$cid" 2>/dev/null) || true
    [[ "$status" == healthy ]] && break
    sleep 1
  done
  [[ "$status" == healthy ]] || { kcn_pg_log "container $cid not healthy after 120 s (status: ${status:-?})"; return 1; }
  export KCN_DB_URL="jdbc:postgresql://127.0.0.1:$port/kcnatlas"
  export KCN_DB_USER=kcn
  export KCN_DB_PASSWORD=$password
}

kcn_pg_docker_down() {
  kcn_pg_compose down -v --remove-orphans >/dev/null 2>&1 || kcn_pg_log "could not remove compose project $kcn_pg_project"
}

# --- putting it together ----------------------------------------------------

kcn_pg_fail_help() {
  kcn_pg_log "no PostGIS available. Any one of these will do:"
  kcn_pg_log "  - PostgreSQL $kcn_pg_version with PostGIS 3: apt-get install postgresql-$kcn_pg_version-postgis-3"
  kcn_pg_log "    (done automatically when this runs as root on Debian/Ubuntu)"
  kcn_pg_log "  - Docker with the compose plugin and a running engine (uses docker-compose.yml)"
  kcn_pg_log "  - an existing PostGIS database: export KCN_DB_URL=jdbc:postgresql://host:port/db KCN_DB_USER=... KCN_DB_PASSWORD=..."
  return 1
}

# Stops whatever this shell started; keeps the exit status. Runs from the EXIT trap.
kcn_pg_cleanup() {
  local rc=$?
  case "$kcn_pg_kind" in
    local) kcn_pg_local_destroy "$kcn_pg_dir" || true ;;
    docker) kcn_pg_docker_down || true ;;
  esac
  kcn_pg_kind=""
  return "$rc"
}

# Runs kcn_pg_cleanup at exit, before any EXIT trap the caller already had.
kcn_pg_register_trap() {
  local old="" words=()
  eval "words=($(trap -p EXIT))"  # trap -- 'command' EXIT
  old=${words[2]:-}
  [[ "$old" == *kcn_pg_cleanup* ]] && return 0
  # The if/else keeps `set -e` from skipping the old command when the exit
  # status is non-zero, and hands that status on to it.
  # shellcheck disable=SC2064  # expand the old command now, on purpose
  if [[ -n "$old" ]]; then
    trap "if kcn_pg_cleanup; then $old; else $old; fi" EXIT
  else
    trap kcn_pg_cleanup EXIT
  fi
  if [[ $- != *i* ]]; then  # turn Ctrl-C / kill into a normal exit, which runs the trap
    [[ -n "$(trap -p INT)" ]] || trap 'exit 130' INT
    [[ -n "$(trap -p TERM)" ]] || trap 'exit 143' TERM
  fi
}

kcn_pg_using() { kcn_pg_log "using $1: $2 at $KCN_DB_URL"; }

# Local cluster (b) in directory $1 (made if missing), described as $2 in the
# "using" line; kcn_pg_kind is set first so that the caller's cleanup removes
# a half-made cluster too.
kcn_pg_try_local() {
  local dir=$1 label=$2 bin info
  if ! bin=$(kcn_pg_find_bindir); then
    kcn_pg_install || return 1
    bin=$(kcn_pg_find_bindir) || { kcn_pg_log "still no PostgreSQL with PostGIS after installing"; return 1; }
  fi
  mkdir -p "$dir" || return 1
  kcn_pg_kind=local kcn_pg_dir=$dir
  kcn_pg_local_create "$dir" "$bin" || return 1
  info=$(kcn_pg_probe) || { kcn_pg_log "the new cluster does not work: $info"; return 1; }
  kcn_pg_using "$label in $dir" "$info"
}

kcn_pg_try_docker() {
  local info
  if ! kcn_pg_docker_available; then
    kcn_pg_log "docker compose not usable (needs the docker CLI, its compose plugin and a running engine)"
    return 1
  fi
  kcn_pg_kind=docker
  kcn_pg_docker_up || return 1
  info=$(kcn_pg_probe) || { kcn_pg_log "the container does not work: $info"; return 1; }
  kcn_pg_using "docker compose project $kcn_pg_project" "$info"
}

# Sourced entry point: a, b, c, d as described at the top.
kcn_postgis_ensure() {
  local info dir
  if [[ -n "${KCN_DB_URL:-}" ]]; then
    if info=$(kcn_pg_probe); then
      kcn_pg_using "KCN_DB_URL" "$info"
      return 0
    fi
    kcn_pg_log "KCN_DB_URL=$KCN_DB_URL is not usable (${info//$'\n'/ }); starting a throwaway PostGIS instead"
  fi
  kcn_pg_register_trap
  dir=$(mktemp -d "${TMPDIR:-/tmp}/kcn-atlas-pgtest.XXXXXX")
  if kcn_pg_try_local "$dir" "throwaway local cluster"; then return 0; fi
  kcn_pg_cleanup || true
  rm -rf "$dir"
  kcn_pg_project="kcnatlas-test-$$"
  if kcn_pg_try_docker; then return 0; fi
  kcn_pg_cleanup || true
  kcn_pg_fail_help
}

# --- command line -----------------------------------------------------------

kcn_pg_cmd_start() {
  local dir
  dir=$(kcn_pg_state_dir)
  # shellcheck source=/dev/null
  if [[ -f "$dir/env" ]] && (source "$dir/env" && kcn_pg_probe >/dev/null); then
    kcn_pg_log "already running; stop it with: scripts/postgis.sh stop"
    cat "$dir/env"
    return 0
  fi
  kcn_pg_cmd_stop >/dev/null 2>&1 || true
  trap kcn_pg_cleanup EXIT  # undone below once it works
  if ! kcn_pg_try_local "$dir" "local cluster"; then
    kcn_pg_cleanup || true
    kcn_pg_project="kcnatlas-dev-$(basename "$dir" | cut -d- -f5)"
    mkdir -p "$dir"
    printf 'meta_kind=docker\nmeta_project=%q\n' "$kcn_pg_project" >"$dir/meta"
    kcn_pg_try_docker || { kcn_pg_cleanup || true; rm -rf "$dir"; kcn_pg_fail_help; return 1; }
    kcn_pg_write_env "$dir"
  fi
  trap - EXIT
  kcn_pg_log "started; load its settings with: eval \"\$(scripts/postgis.sh env)\"; stop it with: scripts/postgis.sh stop"
  cat "$dir/env"
}

kcn_pg_cmd_stop() {
  local dir meta_kind="" meta_project=""
  dir=$(kcn_pg_state_dir)
  [[ -d "$dir" ]] || { kcn_pg_log "not running"; return 0; }
  # shellcheck source=/dev/null
  [[ -f "$dir/meta" ]] && source "$dir/meta"
  if [[ "$meta_kind" == docker ]]; then
    kcn_pg_project=$meta_project
    kcn_pg_docker_down
    rm -rf "$dir"
  else
    kcn_pg_local_destroy "$dir"
  fi
  kcn_pg_log "stopped and removed $dir"
}

# The caller's own cluster in $1 (see the top).
kcn_pg_cmd_cluster() {
  local dir=$1 bin
  [[ -d "$dir" && -z "$(ls -A "$dir")" ]] || { kcn_pg_log "cluster: '$dir' is not an empty directory"; return 1; }
  bin=$(kcn_pg_find_bindir) || { kcn_pg_install && bin=$(kcn_pg_find_bindir); } ||
    { kcn_pg_log "no PostgreSQL with PostGIS to make a cluster with"; return 1; }
  # A port away from the throwaway clusters' (55432 up), which may take it while this one is halted, and
  # below Linux's ephemeral ports (32768 up), which any outgoing connection may hold when it starts again.
  kcn_pg_base_port=$((20000 + RANDOM % 12000)) kcn_pg_synchronous_commit=on kcn_pg_local_create "$dir" "$bin" ||
    { kcn_pg_local_destroy "$dir"; return 1; }
  cat "$dir/env"
}

kcn_pg_cmd_ctl() {
  # shellcheck disable=SC2034  # meta_kind is set by sourcing the meta file
  local action=$1 dir=$2 meta_kind="" meta_bin="" meta_port=""
  [[ -f "$dir/meta" ]] || { kcn_pg_log "$action: no cluster in '$dir'"; return 1; }
  # shellcheck source=/dev/null
  source "$dir/meta"
  case "$action" in
    halt) kcn_pg_as_owner "$meta_bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null ;;
    resume) kcn_pg_as_owner "$meta_bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -o "-p $meta_port" -w -t 60 \
      start >/dev/null ;;
  esac
}

kcn_pg_cmd_env() {
  local dir
  dir=$(kcn_pg_state_dir)
  [[ -f "$dir/env" ]] || { kcn_pg_log "not running; start it with: scripts/postgis.sh start"; return 1; }
  cat "$dir/env"
}

kcn_pg_cmd_psql() {
  local dir psql
  dir=$(kcn_pg_state_dir)
  if [[ -z "${KCN_DB_URL:-}" ]]; then
    [[ -f "$dir/env" ]] || { kcn_pg_log "KCN_DB_URL is not set and nothing is running; start it with: scripts/postgis.sh start"; return 1; }
    # shellcheck source=/dev/null
    source "$dir/env"
  fi
  kcn_pg_parse_url "$KCN_DB_URL" || { kcn_pg_log "cannot parse KCN_DB_URL=$KCN_DB_URL"; return 1; }
  psql=$(kcn_pg_psql_bin) || { kcn_pg_log "psql is not installed"; return 1; }
  PGPASSWORD=${KCN_DB_PASSWORD:-} exec "$psql" -h "$kcn_pg_url_host" -p "$kcn_pg_url_port" \
    -U "${KCN_DB_USER:-$kcn_pg_user}" -d "$kcn_pg_url_db" "$@"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  case "${1:-}" in
    start) kcn_pg_cmd_start ;;
    stop) kcn_pg_cmd_stop ;;
    env) kcn_pg_cmd_env ;;
    psql) shift; kcn_pg_cmd_psql "$@" ;;
    cluster) kcn_pg_cmd_cluster "${2:?cluster DIR}" ;;
    halt | resume) kcn_pg_cmd_ctl "$1" "${2:?$1 DIR}" ;;
    drop) kcn_pg_local_destroy "${2:?drop DIR}" ;;
    *) echo "usage: $0 start|stop|env|psql [psql args] | cluster|halt|resume|drop DIR" >&2; exit 2 ;;
  esac
else
  kcn_postgis_ensure || return 1
fi
