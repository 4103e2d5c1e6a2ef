#!/usr/bin/env python3
"""Round 4: whole fnc1-bodies articles for the annotators, and their blind task files.

Why: the learning curve still rises (real CV 0.405 / 0.455 / 0.530 with 25 / 50 / 100 % of the
real training articles), and fnc1-bodies is where the shipped model's label shares are furthest
from gold (deny 1.57x, cite-evidence 0.63x). Half the articles are drawn at random (true base
rates), half are those where the shipped model sees the likeliest denial (deny is the label
with the most real positives still to gain). Measured when it ran: only 91 fnc1-bodies clusters
(and no fakes-syria cluster) had no labeled sentence left, so it took all of them: the 60 with
the likeliest denial (focus-deny) and the 31 others (remaining: not a random sample). The model only CHOOSES articles: the task files
hold the sentences and nothing of the model's output. One article per near-duplicate cluster,
never a cluster already labeled (training or dev), at most MAX_SENTENCES content sentences.

Usage: select_round4.py CORPUS_ROOT PREDICTIONS.jsonl TRAIN_TSV DEV_TSV OUT_DIR TASKS
PREDICTIONS.jsonl is `stance batch CORPUS_ROOT --out PREDICTIONS.jsonl` with the shipped model
(its sentences carry the offsets `stance segment --format tsv` prints).
Writes OUT_DIR/selection.tsv (corpus_file, role, cluster, score), OUT_DIR/keys.tsv (task,
article_id, sentence_id, corpus_file, start, end, boilerplate) and OUT_DIR/task-K.md for
K = 1..TASKS; OUT_DIR holds corpus text: keep it OUTSIDE the repository. import_round2.py
ROUND_DIR CORPUS_ROOT DATA_DIR R4 imports the annotators' out-K.tsv.
"""
import os, random, sys
from select_real import batch_records, clusters, corpus_texts
from select_round2 import labeled_files

SEED = 20261206
FOLDER = 'fnc1-bodies'
PER_ROLE = {'remaining': 60, 'focus-deny': 60}
MAX_SENTENCES = 45


def main(root, predictions, train_tsv, dev_tsv, out, tasks):
    texts, records = corpus_texts(root, ('fakes-syria', FOLDER)), {}
    for key, record in batch_records(predictions):
        content = [s for s in record['sentences'] if not s['boilerplate']]
        if key.startswith(FOLDER + '/') and content and len(content) <= MAX_SENTENCES:
            records[key] = record
    cluster = clusters(texts)
    used = labeled_files(train_tsv) | labeled_files(dev_tsv)
    blocked = {cluster[f] for f in used if f in cluster}
    pool = sorted(f for f in records if cluster[f] not in blocked)
    deny = {f: max(s['probabilities']['deny'] for s in records[f]['sentences'] if not s['boilerplate']) for f in pool}
    rng = random.Random(SEED)
    shuffled = pool[:]
    rng.shuffle(shuffled)
    rows, taken = [], set()
    for role, ranked in (('focus-deny', sorted(pool, key=lambda f: (-deny[f], f))), ('remaining', shuffled)):
        got = 0
        for f in ranked:
            if got == PER_ROLE[role]:
                break
            if cluster[f] in taken:
                continue
            taken.add(cluster[f])
            rows.append((f, role, cluster[f], f'{deny[f]:.4f}'))
            got += 1
    write_selection(out, rows)
    # Tasks mix both roles in a seeded order, so no annotator can tell how an article was chosen.
    order = [r[0] for r in rows]
    rng.shuffle(order)
    keys = write_tasks(out, order, records, int(tasks), lambda f, s: s['boilerplate'])
    print(f'{len(rows)} articles ({", ".join(f"{sum(1 for r in rows if r[1] == role)} {role}" for role in PER_ROLE)}), '
          f'{sum(1 for k in keys if k[6] == "0")} sentences to label in {tasks} tasks', file=sys.stderr)


def write_selection(out, rows):
    """OUT/selection.tsv: corpus_file, role, cluster, score per chosen article."""
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, 'selection.tsv'), 'w', encoding='utf-8') as handle:
        handle.write('corpus_file\trole\tcluster\tscore\n')
        for row in rows:
            handle.write('\t'.join(row) + '\n')


def write_tasks(out, order, records, tasks, is_context):
    """OUT/task-K.md (whole articles, dealt round-robin) and OUT/keys.tsv; returns the key rows.
    is_context(file, sentence) marks the sentences shown for context only, never labeled."""
    keys = []
    for k in range(tasks):
        mine = order[k::tasks]
        lines = [f'# Labeling task {k + 1}: {len(mine)} whole articles', '',
                 'Label every sentence that is not marked [context only] with its set of moves (accuse, deny, deflect,',
                 'cite-evidence, or none), following LABELS.md and GUIDELINES.md. Read each article whole first: deny and',
                 'deflect depend on what came before. Write out-' + str(k + 1) + '.tsv: a header line',
                 '`article_id<TAB>sentence_id<TAB>labels`, then one row per labeled sentence (labels in the order',
                 'accuse,deny,deflect,cite-evidence joined by commas, or none).', '']
        for f in mine:
            article_id = f[:-4]
            lines += [f'## {article_id}', '']
            for s in records[f]['sentences']:
                context = is_context(f, s)
                lines.append(f'{s["id"]}.{" [context only]" if context else ""} {s["text"]}')
                keys.append((str(k + 1), article_id, str(s['id']), f, str(s['start']), str(s['end']), '1' if context else '0'))
            lines.append('')
        with open(os.path.join(out, f'task-{k + 1}.md'), 'w', encoding='utf-8') as handle:
            handle.write('\n'.join(lines))
    with open(os.path.join(out, 'keys.tsv'), 'w', encoding='utf-8') as handle:
        handle.write('task\tarticle_id\tsentence_id\tcorpus_file\tstart\tend\tboilerplate\n')
        for row in keys:
            handle.write('\t'.join(row) + '\n')
    return keys


if __name__ == '__main__':
    main(*sys.argv[1:])
