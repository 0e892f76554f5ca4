#!/usr/bin/env bash
# Bounded memory for issue #12: a ~2,400-page PDF made with qpdf from the corpus must not kill the batch
# under -Xmx256m: it is ingested (or fails alone with a clear line) and the small PDF after it is ingested too.
# With --bench it also prints the peak heap of `bench ingest` for the same page count at the default heap.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v qpdf >/dev/null || { echo "big-pdf-memory: qpdf is not installed (apt-get install qpdf)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pdfs=()
for _ in $(seq 25); do pdfs+=("$root"/corpus/pdf/*.pdf); done # 25 x the corpus: about 2,400-2,700 pages
qpdf --empty --pages "${pdfs[@]}" -- "$work/big.pdf" || [ $? = 3 ] # 3: warnings only
pages="$(qpdf --show-npages "$work/big.pdf")"
set +e
TILTAKSRADAR_JAVA_OPTS=-Xmx256m "$root/tiltaksradar" ingest "$work/big.pdf" "$root/corpus/pdf/ks.pdf" \
  --tiltaksradar.data-dir="$work/data" >"$work/out.txt" 2>&1
code=$?
set -e
cat "$work/out.txt"
grep -q "OutOfMemoryError" "$work/out.txt" && { echo "big-pdf-memory: FAIL: out of memory killed the batch" >&2; exit 1; }
grep -q "^ks.pdf: 6 pages" "$work/out.txt" || { echo "big-pdf-memory: FAIL: the file after the big one was not ingested" >&2; exit 1; }
grep -q "^big.pdf: $pages pages" "$work/out.txt" || grep -q "^FAILED big.pdf: " "$work/out.txt" \
  || { echo "big-pdf-memory: FAIL: no line for big.pdf (exit $code)" >&2; exit 1; }
echo "big-pdf-memory: ok ($pages pages under -Xmx256m, batch went on; exit $code)"
if [ "${1:-}" = "--bench" ]; then
  "$root/tiltaksradar" bench ingest --rounds 1 --big --big-pages 2400 --work-dir "$work/bench" "$root/corpus/pdf"
fi
