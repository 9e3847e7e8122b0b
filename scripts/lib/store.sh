# shellcheck shell=bash
# Sourced by scripts/backup and scripts/restore (from the repository's root): which store the server uses,
# read from the same variables as the server, and how to reach it.
#   PostGIS: SPRING_PROFILES_ACTIVE has postgis; KCN_DB_URL, KCN_DB_USER, KCN_DB_PASSWORD as for the server.
#   Embedded H2GIS: the database file kcnatlas.mv.db under KCN_DATA_DIR (./data).
# shellcheck source=pg.sh
source scripts/lib/pg.sh

kcn_store_is_postgis() { [[ ",${SPRING_PROFILES_ACTIVE:-}," == *,postgis,* ]]; }

# Sets PGHOST, PGPORT, PGDATABASE, PGUSER and PGPASSWORD from KCN_DB_* for pg_dump and pg_restore.
kcn_store_pg_env() {
  local url=${KCN_DB_URL:-jdbc:postgresql://localhost:5432/kcnatlas}
  kcn_pg_parse_url "$url" || { echo "cannot read KCN_DB_URL=$url (want jdbc:postgresql://host[:port]/db)" >&2; return 1; }
  export PGHOST=$kcn_pg_url_host PGPORT=$kcn_pg_url_port PGDATABASE=$kcn_pg_url_db
  export PGUSER=${KCN_DB_USER:-kcn} PGPASSWORD=${KCN_DB_PASSWORD:-}
}

kcn_store_h2_dir() { printf '%s' "${KCN_DATA_DIR:-./data}"; }

# Runs an H2 tool class (org.h2.tools.*) with its arguments. The classes come from KCN_CLASSPATH when set
# (the tests pass theirs), else from the H2 jar inside the application's jar, the very version the server uses.
kcn_store_h2() {
  local classpath=${KCN_CLASSPATH:-} jar tmp status
  # shellcheck source=java.sh
  source scripts/lib/java.sh
  if [[ -z "$classpath" ]]; then
    # shellcheck source=jar.sh
    source scripts/lib/jar.sh
    jar=$(kcn_app_jar) || return 1
    tmp=$(mktemp -d)
    unzip -q -j -o "$jar" 'BOOT-INF/lib/h2-[0-9]*.jar' -d "$tmp" || { rm -rf "$tmp"; return 1; }
    classpath=$(printf '%s' "$tmp"/h2-*.jar)
  fi
  status=0
  java -cp "$classpath" "$@" || status=$?
  [[ -z "${tmp:-}" ]] || rm -rf "$tmp"
  return "$status"
}
