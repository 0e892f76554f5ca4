#!/usr/bin/env bash
# Hostile batch for issue #12: an unreadable folder, a missing path, a broken link, a FIFO and the same
# PDF under a second name, beside a good PDF. Expects one clear line each, the rest processed, exit 1.
# As root the run drops to user 'nobody', because root reads every folder and "permission denied" needs a real refusal.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=find-jdk.sh
source "$root/scripts/find-jdk.sh"
"$root/tiltaksradar" --version >/dev/null # builds the jar once, as the calling user
as_nobody=false
if [ "$(id -u)" = 0 ] && setpriv --reuid=nobody --regid=nogroup --clear-groups \
    test -r "$root/review-ui/target/tiltaksradar.jar" -a -r "$root/tiltaksradar" -a -x "$JAVA_HOME/bin/java" 2>/dev/null; then
  as_nobody=true
fi
work="$(mktemp -d)"
trap 'chmod -R u+rwx "$work"; rm -rf "$work"' EXIT
mkdir -p "$work/in/locked" "$work/data"
cp "$root/corpus/pdf/ks.pdf" "$work/in/ks.pdf"
cp "$root/corpus/pdf/ks.pdf" "$work/in/ks-copy.pdf"
cp "$root/corpus/pdf/miljo.pdf" "$work/in/locked/miljo.pdf"
ln -s "$work/in/gone.pdf" "$work/in/broken-link.pdf"
mkfifo "$work/in/fifo.pdf"
chmod 000 "$work/in/locked"
chmod 777 "$work" "$work/data"; chmod 755 "$work/in"

run() {
  if $as_nobody; then
    setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME="$work" "$root/tiltaksradar" "$@"
  else
    "$root/tiltaksradar" "$@"
  fi
}

fail() { echo "hostile-inputs: FAIL: $*" >&2; echo "--- output:" >&2; cat "$work/out.txt" >&2; exit 1; }
expect() { grep -qF -- "$1" "$work/out.txt" || fail "expected: $1"; }

set +e
run extract "$work/in" "$work/missing.pdf" --out "$work/data/results.jsonl" --tiltaksradar.data-dir="$work/data" >"$work/out.txt" 2>&1
code=$?
set -e
[ "$code" = 1 ] || fail "exit code $code, expected 1"
if $as_nobody || [ "$(id -u)" != 0 ]; then
  expect "$work/in/locked: permission denied"
else
  echo "hostile-inputs: root, and user nobody cannot read the checkout: the unreadable-folder case is not checked" >&2
  expect "miljo.pdf: " # root read the locked folder
fi
expect "$work/missing.pdf: no such file or folder"
expect "$work/in/broken-link.pdf: broken link ($work/in/gone.pdf: no such file)"
expect "$work/in/fifo.pdf: not a regular file"
expect "ks.pdf: same content as ks-copy.pdf, skipped"
if $as_nobody || [ "$(id -u)" != 0 ]; then
  expect "1 of 6 files extracted, 4 failed"
fi
grep -q "^FAILED .*ks" "$work/out.txt" && fail "a good file failed"
echo "hostile-inputs: ok (permission denied, missing path, broken link, FIFO, duplicate content: one line each, exit 1)"
