#!/usr/bin/env bash
# Runs every test: unit tests (surefire) and integration tests (failsafe) of all modules.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=find-jdk.sh
source "$root/scripts/find-jdk.sh"
exec "$root/mvnw" -B -ntp -f "$root/pom.xml" verify "$@"
