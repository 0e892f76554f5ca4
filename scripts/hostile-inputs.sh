#!/usr/bin/env bash
# Hostile batch for issue #12: an unreadable folder, a missing path, a broken link, a FIFO and the same
# PDF under a second name, beside a good PDF. Expects one clear line each, the rest processed, exit 1.
# As root the run drops to user 'nobody', because root reads every folder and "permission denied" needs a real refusal.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/tiltaksradar" --version >/dev/null # builds the jar once, as the calling user
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
  if [ "$(id -u)" = 0 ]; then
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
expect "$work/in/locked: permission denied"
expect "$work/missing.pdf: no such file or folder"
expect "$work/in/broken-link.pdf: broken link ($work/in/gone.pdf: no such file)"
expect "$work/in/fifo.pdf: not a regular file"
expect "ks.pdf: same content as ks-copy.pdf, skipped"
expect "1 of 6 files extracted, 4 failed"
grep -q "^FAILED .*ks" "$work/out.txt" && fail "a good file failed"
echo "hostile-inputs: ok (permission denied, missing path, broken link, FIFO, duplicate content: one line each, exit 1)"
