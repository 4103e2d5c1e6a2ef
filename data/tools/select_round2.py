#!/usr/bin/env python3
"""Chooses the articles of labeling round 2: whole articles where the shipped model sees a
possible denial or deflection (the rare labels real training data lacks: 88 deflect and 984 deny
sentences in round 1), so annotators label every sentence of each, in context.

The model only CHOOSES articles; annotators never see its labels or probabilities. Articles
already labeled, and every article in the near-duplicate cluster of a dev-set or training article
(reprints sharing >= 20% of their word 7-gram shingles, as in select_real.py), are left out, so no
reprint of a dev article is ever trained on.

Usage: select_round2.py CORPUS_ROOT PREDICTIONS.jsonl TRAIN_TSV DEV_TSV OUT_TSV
PREDICTIONS.jsonl is `stance batch CORPUS_ROOT --out PREDICTIONS.jsonl` with the shipped model.
Writes corpus_file<TAB>role<TAB>cluster<TAB>score rows (role focus-deflect or focus-deny).
"""
import sys
from select_real import batch_records, clusters, corpus_texts

# fakes-syria is used up: every article left is labeled or a reprint of one that is.
PER_FOLDER = {'fnc1-bodies': 160}
FOLDERS = ('fakes-syria', 'fnc1-bodies')
MAX_SENTENCES = 45


def labeled_files(path):
    lines = open(path, encoding='utf-8').read().splitlines()
    head = lines[0].split('\t')
    source = head.index('source')
    return {l.split('\t')[source] for l in lines[1:] if l.strip()}


def main(root, predictions, train_tsv, dev_tsv, out):
    texts, scores = corpus_texts(root, FOLDERS), {}
    for key, record in batch_records(predictions):
        content = [s for s in record['sentences'] if not s['boilerplate']]
        if key not in texts or not content or len(content) > MAX_SENTENCES:
            continue
        deflect = sorted((s['probabilities']['deflect'] for s in content), reverse=True)
        deny = max(s['probabilities']['deny'] for s in content)
        scores[key] = (deflect[0] + (deflect[1] if len(deflect) > 1 else 0), deny)
    cluster = clusters(texts)
    used = labeled_files(train_tsv) | labeled_files(dev_tsv)
    blocked = {cluster[f] for f in used if f in cluster}
    rows = []
    for folder, n in sorted(PER_FOLDER.items()):
        pool = [f for f in scores if f.startswith(folder + '/') and cluster[f] not in blocked]
        # Three in four for deflection, the rest for denial; one article per cluster.
        by_deflect = sorted(pool, key=lambda f: (-scores[f][0], f))
        by_deny = sorted(pool, key=lambda f: (-scores[f][1], f))
        taken = set()
        for role, ranked, want in (('focus-deflect', by_deflect, n * 3 // 4), ('focus-deny', by_deny, n - n * 3 // 4)):
            got = 0
            for f in ranked:
                if got == want:
                    break
                if cluster[f] in taken:
                    continue
                taken.add(cluster[f])
                rows.append((f, role, cluster[f], f'{scores[f][0]:.4f}/{scores[f][1]:.4f}'))
                got += 1
    with open(out, 'w', encoding='utf-8') as handle:
        handle.write('corpus_file\trole\tcluster\tscore\n')
        for row in rows:
            handle.write('\t'.join(row) + '\n')


if __name__ == '__main__':
    main(*sys.argv[1:])
