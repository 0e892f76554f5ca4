#!/usr/bin/env bash
# Runs every test: unit tests (surefire) and integration tests (failsafe: real PostgreSQL, WireMock
# LLM, the server as a process) of all modules. Installs the Debian packages they use when run as root.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/test-packages.sh"
# shellcheck source=find-jdk.sh
source "$root/scripts/find-jdk.sh"
exec "$root/mvnw" -B -ntp -f "$root/pom.xml" verify "$@"
