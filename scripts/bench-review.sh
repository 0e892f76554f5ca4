#!/usr/bin/env bash
# The review benchmark: 50 keyboard decisions in a real headless Chromium against a throw-away server with three
# corpus documents; prints p50/p95 from a decision key to the next candidate shown with its highlighted page, first
# views of a page image (rendered by the server then) apart from images seen before. Needs chromium and chromium-driver.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=find-jdk.sh
source "$root/scripts/find-jdk.sh"
"$root/mvnw" -q -B -ntp -f "$root/pom.xml" -pl review-ui -am verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=ReviewLatencyBenchIT -Dfailsafe.failIfNoSpecifiedTests=false -Dbench.review=true >/dev/null
cat "$root/review-ui/target/bench/review-latency.txt"
