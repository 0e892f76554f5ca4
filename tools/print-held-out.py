#!/usr/bin/env python3
"""Prints the held-out strategies of corpus/held-out/html to PDF with headless Chromium and sets the
page of every gold record in corpus/held-out/gold from the printed PDF (pdftotext, page by page).

Chromium lays text out with its own engine and embeds subset CID fonts: another producer than the
PDFBox-made test fixtures, so the extractor is scored on layouts it was not tuned on. The PDFs are
committed because another Chromium may break pages elsewhere; run this again after editing a page.

Usage: tools/print-held-out.py   (needs chromium and poppler-utils)
"""
import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "held-out"


def words(text):
    text = re.sub(r"-\n(?=\w)", "", text)  # hyphenation at line ends, as the gold quotes undo it
    return re.findall(r"\w+", text.lower())


def page_texts(pdf):
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout).group(1))
    return [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout for n in range(1, pages + 1)]


def page_of(quote, pages):
    opening = words(quote)[:4]
    for number, text in enumerate(pages, 1):
        w = words(text)
        for i in range(len(w) - len(opening) + 1):
            if w[i:i + len(opening)] == opening:
                return number
    return None


def main():
    for html in sorted((ROOT / "html").glob("*.html")):
        pdf = ROOT / "pdf" / (html.stem + ".pdf")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--print-to-pdf=" + str(pdf), html.as_uri()], check=True, capture_output=True)
        pages = page_texts(pdf)
        gold = ROOT / "gold" / (html.stem + ".jsonl")
        records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
        for record in records:
            page = page_of(record["quote"], pages)
            if page is None:
                sys.exit(f"{gold.name}: {record['id']}: quote not found in {pdf.name}")
            record["page"] = page
        gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        print(f"{pdf.name}: {len(pages)} pages, {len(records)} gold records")


if __name__ == "__main__":
    main()
