#!/usr/bin/env python3
"""Folds the round-3 deflect adjudication (select_adjudication.py) into the labeled files.

Each adjudicated sentence keeps its other labels; its deflect label becomes the majority of the
three independent readings: the original annotator's and passes A and B (both blind to it).
Writes data/annotation/deflect-adjudication.tsv (every reading, as references) and rewrites
data/dev-real.tsv and data/real-train.tsv in place; prints the agreement figures.

    python3 data/tools/import_adjudication.py ADJ_DIR
"""
import csv, os, sys

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
FILES = {'dev': 'dev-real.tsv', 'train': 'real-train.tsv'}
ORDER = ['accuse', 'deny', 'deflect', 'cite-evidence']


def read(path):
    with open(path, encoding='utf-8') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))


def labels(text):
    return {l for l in text.split(',') if l and l != 'none'}


def render(s):
    return ','.join(l for l in ORDER if l in s) or 'none'


def kappa(a, b):
    n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def main(adj):
    keys = read(os.path.join(adj, 'keys.tsv'))
    passes = {}
    for k in ('1', '2'):
        for p in ('A', 'B'):
            for r in read(os.path.join(adj, f'out-{k}-{p}.tsv')):
                passes[k, p, r['article_id'], r['sentence_id'].strip()] = r['labels'].strip()
    decided, out = {}, []
    for key in keys:
        a = passes.get((key['batch'], 'A', key['article_id'], key['sentence_id']))
        b = passes.get((key['batch'], 'B', key['article_id'], key['sentence_id']))
        if a is None or b is None:
            sys.exit(f"missing pass for {key['article_id']} {key['sentence_id']} in batch {key['batch']}")
        votes = ['deflect' in labels(x) for x in (key['labels'], a, b)]
        final = labels(key['labels']) - {'deflect'} | ({'deflect'} if sum(votes) >= 2 else set())
        decided[key['source'], key['start'], key['end']] = render(final)
        out.append((key, a, b, votes, render(final)))
    changed = {'dev': [0, 0], 'train': [0, 0]}
    for name, file in FILES.items():
        path = os.path.join(DATA, file)
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        header = lines[0].split('\t')
        for i, line in enumerate(lines[1:], 1):
            if not line:
                continue
            c = line.split('\t')
            new = decided.get((c[6], c[7], c[8]))
            if new is not None and new != c[2]:
                changed[name]['deflect' in labels(new)] += 1
                c[2] = new
                lines[i] = '\t'.join(c)
        tmp = path + '.tmp'
        with open(tmp, 'w', encoding='utf-8', newline='') as f:
            f.write('\n'.join(lines))
        os.replace(tmp, path)
    with open(os.path.join(DATA, 'annotation', 'deflect-adjudication.tsv'), 'w', encoding='utf-8', newline='') as f:
        f.write('corpus_file\tstart\tend\tsha256\tset\toriginal\tlabels_a\tlabels_b\tadjudicated\n')
        for key, a, b, votes, final in out:
            f.write('\t'.join([key['source'], key['start'], key['end'], key['sha256'], key['set'], key['labels'], render(labels(a)), render(labels(b)), final]) + '\n')
    for name in FILES:
        rows = [(v, f) for k, a, b, v, f in out if k['set'] == name]
        o = [v[0] for v, _ in rows]; pa = [v[1] for v, _ in rows]; pb = [v[2] for v, _ in rows]
        print(f"{name}: {len(rows)} sentences; deflect original {sum(o)}, A {sum(pa)}, B {sum(pb)}, final {sum('deflect' in f for _, f in rows)}; "
              f"kappa A-B {kappa(pa, pb):.3f}, original-A {kappa(o, pa):.3f}, original-B {kappa(o, pb):.3f}; "
              f"removed {changed[name][0]}, added {changed[name][1]}")
    allv = [v for _, _, _, v, _ in out]
    print(f"all: kappa A-B {kappa([v[1] for v in allv], [v[2] for v in allv]):.3f}")
    for lab in ORDER:
        pa = [lab in labels(a) for _, a, b, _, _ in out]; pb = [lab in labels(b) for _, a, b, _, _ in out]
        po = [lab in labels(k['labels']) for k, a, b, _, _ in out]
        print(f"  {lab}: original {sum(po)} A {sum(pa)} B {sum(pb)} kappa A-B {kappa(pa, pb):.3f} orig-A {kappa(po, pa):.3f} orig-B {kappa(po, pb):.3f}")


if __name__ == '__main__':
    main(sys.argv[1])
