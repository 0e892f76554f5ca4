#!/usr/bin/env bash
# Sourced by ./tiltaksradar and .ci/run: exports JAVA_HOME pointing at a JDK >= 21.
# Looks at JAVA_HOME first, then every JDK under /usr/lib/jvm (newest first).

tr_java_major() {
  local version
  version=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  echo "${version%%.*}"
}

tr_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(tr_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! TR_JDK=$(tr_find_jdk); then
  echo "tiltaksradar: no JDK 21 or newer found." >&2
  echo "  Looked at JAVA_HOME (${JAVA_HOME:-unset}) and /usr/lib/jvm/*." >&2
  echo "  Install one (e.g. 'apt-get install openjdk-21-jdk-headless') or set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME="$TR_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
