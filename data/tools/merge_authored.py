#!/usr/bin/env python3
"""Merges the authored pseudo-articles written by independent writers into
data/authored-sentences.tsv, stripping the punctuation of a quarter of the articles (by a
hash of the article id, so adding writers changes nothing already merged) the way
scraped feeds deliver text (apostrophes, commas, quotes, brackets and dashes removed; in
half of those the full stops too, as in seed 000). Deterministic: same inputs, same file.

usage: merge_authored.py OUT.tsv WRITER.tsv [WRITER.tsv ...]
"""
import hashlib
import re
import sys

LABELS = ["accuse", "deny", "deflect", "cite-evidence"]


def strip(text, keep_stops):
    text = re.sub(r"(\w)['\u2019](\w)", r"\1\2", text)          # Russia's -> Russias, don't -> dont
    text = re.sub(r"(\w)-(\w)", r"\1\2", text)                   # US-led -> USled
    text = re.sub(r"\s*[\u2014\u2013]\s*|\s+-\s+", "  ", text)    # dashes leave a double space
    text = re.sub(r"[\"'\u201c\u201d\u2018\u2019(),;:\[\]]", "", text)
    if not keep_stops:
        text = re.sub(r"(?<!\d)[.!?]+(?!\d)", "", text)
    text = re.sub(r"(?<! ) {3,}", "  ", text)
    return text.strip()


def main(out, inputs):
    rows = []
    for path in inputs:
        with open(path, encoding="utf-8") as f:
            lines = f.read().rstrip("\n").split("\n")
        for number, line in enumerate(lines[1:], start=2):
            cols = line.split("\t")
            if len(cols) != 5:
                sys.exit(f"{path}:{number}: expected 5 columns, found {len(cols)}")
            article, sentence, labels, text, _ = cols
            labels = "none" if labels.strip() == "none" else ",".join(l for l in LABELS if l in labels.split(","))
            rows.append([article.strip(), int(sentence), labels, text.strip()])
    # A hash of the article id decides, so adding writers never changes which articles are stripped.
    def bucket(article):
        return int(hashlib.sha256(article.encode("utf-8")).hexdigest(), 16) % 8
    stripped = {a: bucket(a) for a in sorted({r[0] for r in rows}) if bucket(a) in (3, 7)}
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("article_id\tsentence_id\tlabels\ttext\tprovenance\n")
        for article, sentence, labels, text in sorted(rows, key=lambda r: (r[0], r[1])):
            if article in stripped:
                text = strip(text, keep_stops=stripped[article] == 3)
            f.write(f"{article}\t{sentence}\t{labels}\t{text}\tauthored\n")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
