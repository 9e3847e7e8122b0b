# shellcheck shell=bash
# Sourced: what scripts/postgis.sh, scripts/backup and scripts/restore share about a PostgreSQL server.

# Splits jdbc:postgresql://host[:port]/db[?params] into kcn_pg_url_{host,port,db}.
kcn_pg_parse_url() {
  local re='^jdbc:postgresql://(\[[^]]+\]|[^/:?]+)(:([0-9]+))?/([^?]+)'
  [[ "$1" =~ $re ]] || return 1
  kcn_pg_url_host=${BASH_REMATCH[1]}
  kcn_pg_url_host=${kcn_pg_url_host#[}
  kcn_pg_url_host=${kcn_pg_url_host%]}
  kcn_pg_url_port=${BASH_REMATCH[3]:-5432}
  kcn_pg_url_db=${BASH_REMATCH[4]}
}

# Prints the path of a PostgreSQL client program (pg_dump, pg_restore, psql): on PATH, else the newest
# under /usr/lib/postgresql (Debian's layout), which must not be older than the server.
kcn_pg_tool() {
  local dir
  command -v "$1" 2>/dev/null && return 0
  for dir in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k5,5nr); do
    [[ -x "$dir/$1" ]] && { printf '%s\n' "$dir/$1"; return 0; }
  done
  echo "no $1 found: install the PostgreSQL client (apt-get install postgresql-client)" >&2
  return 1
}
