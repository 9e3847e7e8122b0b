# shellcheck shell=bash
# Sourced: makes sure JAVA_HOME points at a JDK >= 21 and puts it first on PATH.
#
# Order: $JAVA_HOME if it is a JDK >= 21, else the `java` on PATH if it is >= 21,
# else the newest JDK >= 21 under /usr/lib/jvm (or macOS java_home).
# Override the minimum with KCN_JAVA_MIN (default 21).

kcn_java_min="${KCN_JAVA_MIN:-21}"

# Prints the feature version (8, 17, 21, 25 ...) of the JDK at $1, or nothing.
kcn_java_major() {
  local home=$1 version=""
  [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 0
  if [[ -r "$home/release" ]]; then
    version=$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$home/release")
  fi
  if [[ -z "$version" ]]; then
    version=$("$home/bin/java" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')
  fi
  version=${version#1.}          # 1.8.0_392 -> 8.0_392
  version=${version%%[!0-9]*}    # 21.0.2 -> 21, 25-ea -> 25
  printf '%s' "$version"
}

# True when the JDK at $1 is new enough.
kcn_java_ok() {
  local major
  major=$(kcn_java_major "$1")
  [[ -n "$major" ]] && ((major >= kcn_java_min))
}

# Prints the newest JDK home >= minimum found in the usual places, or fails.
kcn_java_find() {
  local dir major best="" best_major=0 candidates=()
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for dir in /usr/lib/jvm/*/; do
    [[ -d "$dir" ]] && candidates+=("${dir%/}")
  done
  if [[ -x /usr/libexec/java_home ]]; then
    dir=$(/usr/libexec/java_home -v "$kcn_java_min+" 2>/dev/null) && candidates+=("$dir")
  fi
  for dir in "${candidates[@]}"; do
    major=$(kcn_java_major "$dir")
    if [[ -n "$major" ]] && ((major >= kcn_java_min && major > best_major)); then
      best=$dir best_major=$major
    fi
  done
  [[ -n "$best" ]] && printf '%s' "$best"
}

kcn_java_setup() {
  local home
  if [[ -n "${JAVA_HOME:-}" ]] && kcn_java_ok "$JAVA_HOME"; then
    home=$JAVA_HOME
  elif home=$(kcn_java_find); then
    if [[ -n "${JAVA_HOME:-}" ]]; then
      echo "[java] JAVA_HOME=$JAVA_HOME is not a JDK >= $kcn_java_min; using $home instead" >&2
    fi
  else
    echo "[java] no JDK >= $kcn_java_min found (JAVA_HOME=${JAVA_HOME:-unset}, java on PATH: $(command -v java || echo none))." >&2
    echo "[java] Install JDK $kcn_java_min or newer (e.g. Eclipse Temurin 21: https://adoptium.net, or 'sdk install java 21-tem')" >&2
    echo "[java] and/or point JAVA_HOME at it." >&2
    return 1
  fi
  export JAVA_HOME=$home
  export PATH="$JAVA_HOME/bin:$PATH"
  # Maven 3.9's Guice warns about sun.misc.Unsafe on JDK 24+; the flag only quiets that.
  if (($(kcn_java_major "$home") >= 24)) && [[ "${MAVEN_OPTS:-}" != *sun-misc-unsafe-memory-access* ]]; then
    export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
  fi
}

kcn_java_setup || return 1
