#!/usr/bin/env bash
# The Debian packages the tests use: PDF tools for the benchmarks and fixtures, tesseract for OCR,
# PostgreSQL's server binaries for the database tests (the tests start their own throw-away cluster),
# Chromium and its WebDriver for the browser tests (*IT driving /usr/bin/chromium through /usr/bin/chromedriver).
# Installs the missing ones when run as root; otherwise says what to install.
set -euo pipefail
packages=(poppler-utils qpdf tesseract-ocr tesseract-ocr-nor postgresql chromium chromium-driver)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "tests need these Debian packages: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# the package starts a cluster of its own; the tests start theirs on a free port and need none running
if command -v pg_lsclusters >/dev/null; then
  pg_lsclusters -h 2>/dev/null | awk '{print $1, $2}' | while read -r v c; do pg_ctlcluster "$v" "$c" stop >/dev/null 2>&1 || true; done
fi
