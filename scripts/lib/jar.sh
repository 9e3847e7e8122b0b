# shellcheck shell=bash
# Sourced: finds the application's jar under target/, building it when there is none.
# Run from the repository's root.

# Prints target/kcn-atlas-*.jar (not the .original Spring Boot keeps), or nothing.
kcn_find_jar() {
  local jar
  for jar in target/kcn-atlas-*.jar; do
    [[ -f "$jar" && "$jar" != *.original ]] && { printf '%s' "$jar"; return 0; }
  done
}

# kcn_app_jar [--build]: prints the jar's path, building it first with --build or when there is none.
kcn_app_jar() {
  local jar=""
  [[ "${1:-}" == --build ]] || jar=$(kcn_find_jar)
  if [[ -z "$jar" ]]; then
    echo "[jar] building it: ./mvnw -q -B -DskipTests package" >&2
    ./mvnw -q -B -DskipTests package >&2 || return 1
    jar=$(kcn_find_jar)
  fi
  [[ -n "$jar" ]] || { echo "[jar] no jar to run (looked for target/kcn-atlas-*.jar)" >&2; return 1; }
  printf '%s' "$jar"
}
