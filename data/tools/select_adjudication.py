#!/usr/bin/env python3
"""Round-3 deflect adjudication: builds blind labeling tasks over the real labeled articles.

Why: the dev-set annotators (D1-D4) marked deflect about five times as often as the training
annotators (T*, U*) on articles drawn the same way (random fakes-syria 2.2% vs 0.4%), so the
model is trained on one reading of deflect and scored on another. Two more annotators label,
blind to the earlier labels, to the model and to which set an article is in, every sentence of
every real article that has a deflect label in either set, plus a seeded sample of articles with
denials but no deflection (where a missed deflection would sit). import_adjudication.py then
sets each sentence's deflect label by majority of the three readings (original, A, B).

    python3 data/tools/select_adjudication.py OUT_DIR [--corpus ../shared/corpora]

Writes OUT_DIR/keys.tsv (item -> reference) and OUT_DIR/task-K.md for batches K = 1, 2.
The selection uses only the gold labels, never the model.
"""
import argparse, csv, os, random, sys

DATA = os.path.join(os.path.dirname(__file__), '..')
SETS = {'dev': 'dev-real.tsv', 'train': 'real-train.tsv'}


def read(path):
    with open(path, encoding='utf-8') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out')
    ap.add_argument('--corpus', default=os.path.join(DATA, '..', '..', 'shared', 'corpora'))
    ap.add_argument('--deny-only', type=int, nargs=2, default=[10, 20], help='dev, train articles with denials but no deflection')
    args = ap.parse_args()
    rng = random.Random(20261205)
    chosen = []  # (set, article_id, rows)
    for name, file in SETS.items():
        articles = {}
        for r in read(os.path.join(DATA, file)):
            articles.setdefault(r['article_id'], []).append(r)
        deflect = sorted(a for a, rs in articles.items() if any('deflect' in r['labels'] for r in rs))
        deny = sorted(a for a, rs in articles.items() if a not in deflect and any('deny' in r['labels'] for r in rs))
        extra = rng.sample(deny, args.deny_only[0 if name == 'dev' else 1])
        chosen += [(name, a, articles[a]) for a in deflect + sorted(extra)]
    rng.shuffle(chosen)
    batches = [[], []]
    for item in sorted(chosen, key=lambda c: -len(c[2])):
        min(batches, key=lambda b: sum(len(c[2]) for c in b)).append(item)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, 'keys.tsv'), 'w', encoding='utf-8') as keys:
        keys.write('batch\tset\tarticle_id\tsentence_id\tsource\tstart\tend\tsha256\tlabels\n')
        for k, batch in enumerate(batches, 1):
            rng.shuffle(batch)
            write_task(os.path.join(args.out, f'task-{k}.md'), k, batch, args.corpus, keys, args.out)
            print(f'batch {k}: {len(batch)} articles, {sum(len(c[2]) for c in batch)} sentences', file=sys.stderr)


def write_task(path, k, batch, corpus, keys, out):
    with open(path, 'w', encoding='utf-8') as t:
        t.write(f'# Labeling task {k}\n\nLabel every sentence marked with a number and `>>>`, using LABELS.md and '
                'data/GUIDELINES.md. Lines marked `(context)` are text between the marked sentences: read them, do '
                'not label them.\n\nWrite `' + os.path.join(out, f'out-{k}-X.tsv') + '` (X: your pass letter, given '
                'in your instructions) with the header line `article_id\tsentence_id\tlabels` and one row per marked '
                'sentence: the article id exactly as shown, the sentence number, and the labels as in LABELS.md '
                '(comma-separated in the order accuse,deny,deflect,cite-evidence, or `none`).\n\n')
        for name, aid, rows in batch:
            text = open(os.path.join(corpus, rows[0]['source']), encoding='utf-8').read()
            units = text.encode('utf-16-le')
            def span(a, b):
                return units[2 * a:2 * b].decode('utf-16-le')
            t.write(f'## article {aid}\n\n')
            pos = 0
            for r in sorted(rows, key=lambda r: int(r['start'])):
                s, e = int(r['start']), int(r['end'])
                gap = ' '.join(span(pos, s).split())
                if gap:
                    t.write(f'    (context) {gap}\n')
                t.write(f">>>  {r['sentence_id']} {' '.join(span(s, e).split())}\n")
                keys.write(f"{k}\t{name}\t{aid}\t{r['sentence_id']}\t{r['source']}\t{s}\t{e}\t{r['sha256']}\t{r['labels']}\n")
                pos = e
            tail = ' '.join(span(pos, len(units) // 2).split())
            if tail:
                t.write(f'    (context) {tail}\n')
            t.write('\n')


if __name__ == '__main__':
    main()
