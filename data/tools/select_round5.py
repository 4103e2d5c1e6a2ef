#!/usr/bin/env python3
"""Round 5: the rest of the fakes-syria articles of which only a few sentences were labeled.

Why: 395 fakes-syria articles (the Syria news the seeds come from) have 3-6 sentences labeled,
picked by the model's uncertainty in round 1; the rest of each article was never labeled. This
round shows each chosen article whole, the sentences already labeled marked [context only],
and asks for the others. Only articles whose labeled rows match the current segmentation
exactly (same start and end) are chosen, so no text is labeled twice. The model plays no part:
the order is seeded.

Usage: select_round5.py PREDICTIONS.jsonl TRAIN_TSV OUT_DIR ARTICLES TASKS
PREDICTIONS.jsonl is `stance batch CORPUS_ROOT --out PREDICTIONS.jsonl` (used for the sentences
and their offsets only). Writes OUT_DIR/selection.tsv, keys.tsv and task-K.md as
select_round4.py does (sentence ids are the article's sentence positions); import with
`import_round2.py ROUND_DIR CORPUS_ROOT DATA_DIR R5 DATA_DIR/real-round5.tsv`. OUT_DIR holds
corpus text: keep it OUTSIDE the repository.
"""
import collections, random, sys
from import_annotations import read_tsv
from select_real import batch_records
from select_round4 import write_selection, write_tasks

SEED = 20261206
FOLDER = 'fakes-syria'


def main(predictions, train_tsv, out, articles, tasks):
    labeled = collections.defaultdict(set)
    selection = collections.defaultdict(set)
    for r in read_tsv(train_tsv):
        labeled[r['source']].add((int(r['start']), int(r['end'])))
        selection[r['source']].add(r['selection'])
    records = dict(batch_records(predictions))
    pool = []
    for source in sorted(labeled):
        if not source.startswith(FOLDER + '/') or source not in records or not all(s.startswith('uncertain') for s in selection[source]):
            continue
        spans = {(s['start'], s['end']) for s in records[source]['sentences']}
        rest = [s for s in records[source]['sentences'] if not s['boilerplate'] and (s['start'], s['end']) not in labeled[source]]
        if labeled[source] <= spans and rest:
            pool.append(source)
    rng = random.Random(SEED)
    rng.shuffle(pool)
    chosen = pool[:int(articles)]
    write_selection(out, [(f, 'completed', '', '') for f in chosen])
    keys = write_tasks(out, chosen, records, int(tasks), lambda f, s: s['boilerplate'] or (s['start'], s['end']) in labeled[f])
    print(f'{len(pool)} articles qualify, {len(chosen)} chosen; {sum(1 for k in keys if k[6] == "0")} sentences to label in {tasks} tasks', file=sys.stderr)


if __name__ == '__main__':
    main(*sys.argv[1:])
