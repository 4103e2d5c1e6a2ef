#!/usr/bin/env python3
"""Appends labeling round 2 to data/real-train.tsv as references (corpus, source, start, end,
sha256 of the sentence text), never the text.

Usage: import_round2.py ROUND_DIR CORPUS_ROOT DATA_DIR [BATCH_PREFIX [OUT_TSV]]

ROUND_DIR (outside the repository: it holds corpus text) has selection.tsv (corpus_file, role,
...), keys.tsv (task, article_id, sentence_id, corpus_file, start, end, boilerplate) and the
annotators' out-TASK.tsv (article_id, sentence_id, labels). Boilerplate sentences were shown for
context but never labeled. Offsets count UTF-16 code units, as .NET strings do. Rows already in
real-train.tsv (same source and start) are not added twice, so the script can be rerun.
BATCH_PREFIX (default R2) names the annotator batches: R2 + task, R4 + task for round 4
(select_round4.py writes the same files). OUT_TSV (default DATA_DIR/real-train.tsv) is the file
appended to, created with real-train.tsv's header when missing (round 4:
data/real-round4.tsv).
"""
import os, sys
from import_annotations import CORPUS_FROM_DATA, HEADER, read_tsv, sha

ORDER = ['accuse', 'deny', 'deflect', 'cite-evidence']


def normalise(labels, where):
    parts = [p.strip() for p in labels.replace(' ', '').split(',') if p.strip()]
    if parts in ([], ['none']):
        return 'none'
    unknown = [p for p in parts if p not in ORDER]
    if unknown:
        raise SystemExit(f'{where}: unknown label(s) {unknown}')
    return ','.join(l for l in ORDER if l in parts)


def main(round_dir, corpus, data, prefix='R2', out=None):
    roles = {r['corpus_file']: r['role'] for r in read_tsv(os.path.join(round_dir, 'selection.tsv'))}
    keys = {(k['task'], k['article_id'], k['sentence_id']): k for k in read_tsv(os.path.join(round_dir, 'keys.tsv'))}
    train = out or os.path.join(data, 'real-train.tsv')
    if not os.path.exists(train):
        with open(train, 'w', encoding='utf-8') as handle:
            handle.write('\t'.join(HEADER) + '\n')
    existing = {(r['source'], r['start']) for r in read_tsv(train)} | {(r['source'], r['start']) for r in read_tsv(os.path.join(data, 'real-train.tsv'))}
    texts, rows, missing = {}, [], 0
    for task in sorted({k[0] for k in keys}):
        path = os.path.join(round_dir, f'out-{task}.tsv')
        if not os.path.exists(path):
            print(f'{path}: not there yet', file=sys.stderr)
            continue
        seen = set()
        for n, row in enumerate(read_tsv(path), start=2):
            key = (task, row['article_id'].strip(), row['sentence_id'].strip())
            if key not in keys or key in seen:
                print(f'{path} line {n}: {"unknown" if key not in keys else "repeated"} sentence {key[1:]}', file=sys.stderr)
                continue
            seen.add(key)
            k = keys[key]
            if k['boilerplate'] == '1' or (k['corpus_file'], k['start']) in existing:
                continue
            text = texts.setdefault(k['corpus_file'], open(os.path.join(corpus, k['corpus_file']), encoding='utf-8').read())
            labels = normalise(row['labels'], f'{path} line {n}')
            rows.append([k['article_id'], k['sentence_id'], labels, '', 'real', CORPUS_FROM_DATA, k['corpus_file'],
                         k['start'], k['end'], sha(text, int(k['start']), int(k['end'])), roles[k['corpus_file']], f'{prefix}{task}'])
        missing += sum(1 for kk, k in keys.items() if kk[0] == task and k['boilerplate'] == '0' and kk not in seen)
    rows.sort(key=lambda r: (r[0], int(r[1])))
    with open(train, 'a', encoding='utf-8') as handle:
        for r in rows:
            handle.write('\t'.join(r) + '\n')
    counts = {l: sum(1 for r in rows if l in r[2].split(',')) for l in ORDER}
    print(f'added {len(rows)} sentences from {len({r[0] for r in rows})} articles; {missing} marked sentences unlabeled; {counts}')


if __name__ == '__main__':
    main(*sys.argv[1:])
