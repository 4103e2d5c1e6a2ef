#!/usr/bin/env python3
"""Round 6: unlabeled sentences where the shipped model sees a possible deflection or denial,
shown in their whole articles.

Why: deflect is the weakest label on dev-real (F1 0.439) and has only 106 positives among the
16,047 real training sentences; deny (0.514) has 1,154. Whole random articles yield about one
deflection per 100 sentences (round 5: 29 in 3,189), so this round labels only the unlabeled
sentences the model ranks likeliest to deflect (DEFLECT of them, p(deflect) >= 0.05) and a
seeded sample of those it is unsure deny (DENY of them, p(deny) between 0.12 and 0.60), at most
PER_ARTICLE per article. The model only CHOOSES sentences: the task files show each article
whole, every other sentence marked [context only], and nothing of the model's output.
Never an article of a near-duplicate cluster that holds a dev-real article; never a sentence
that overlaps a labeled one (training, rounds 4 and 5, dev) or whose text equals one.

Usage: select_round6.py CORPUS_ROOT PREDICTIONS.jsonl DATA_DIR OUT_DIR TASKS [SEED DEFLECT DENY [CUES [UNSURE]]]
PREDICTIONS.jsonl is `stance batch CORPUS_ROOT --out PREDICTIONS.jsonl` with the shipped model.
Every real-*.tsv and dev-real.tsv in DATA_DIR counts as labeled, so a later round (round 7:
seed 20261208, 500 and 400, with the model trained on round 6) never repeats an earlier one.
CUES (round 8: seed 20261209, 0, 0, 700) draws that many sentences, in a seeded order, among
those that use a word of denial or blame-shifting (CUE_WORDS: the words the dev set's enriched
articles were drawn by, and those of GUIDELINES.md's deflect decisions), whatever the model
thinks of them: the model misses most dev-real deflections with p(deflect) under 0.05.
UNSURE (round 9: seed 20261210, 0, 0, 0, 700, with the model trained on rounds 6 and 7) draws
that many `fnc1-bodies` sentences, in a seeded order, among those the model is unsure accuse or
cite evidence (p between 0.15 and 0.65): the two labels it is weakest on in that folder.
Writes OUT_DIR/selection.tsv, keys.tsv and task-K.md as select_round4.py does; import with
`import_round2.py ROUND_DIR CORPUS_ROOT DATA_DIR R6 DATA_DIR/real-round6.tsv`. OUT_DIR holds
corpus text: keep it OUTSIDE the repository.
"""
import collections, os, random, re, sys
from import_annotations import read_tsv
from select_real import ENRICH, batch_records, clusters, corpus_texts
from select_round4 import write_selection, write_tasks

SEED = 20261207
DEFLECT, DENY, PER_ARTICLE = 700, 500, 4
CUE_WORDS = re.compile(r"\b(blam\w*|propaganda|provocation\w*|stag(ed|ing)|fabricat\w*|biased|agenda|distract\w*|"
                       r"hypocri\w*|double standards?|smear\w*|witch ?hunt|politically motivated|real killers|"
                       r"pay the price|fake news|lies|liars?|slander\w*|campaign against|responsib\w*|"
                       r"scapegoat\w*|instead of|rather than|what about|false flag|terrorists? (were|are) behind)\b", re.I)


def main(root, predictions, data, out, tasks, seed=SEED, deflect_count=DEFLECT, deny_count=DENY, cue_count=0, unsure_count=0):
    labeled = sorted(f for f in os.listdir(data) if f.startswith('real-') and f.endswith('.tsv')) + ['dev-real.tsv']
    texts = corpus_texts(root, ('fakes-syria', 'fnc1-bodies'))
    spans, seen_text, dev_files = collections.defaultdict(list), set(), set()
    for name in labeled:
        for r in read_tsv(os.path.join(data, name)):
            start, end = int(r['start']), int(r['end'])
            spans[r['source']].append((start, end))
            seen_text.add(' '.join(texts[r['source']][start:end].lower().split()))
            if name == 'dev-real.tsv':
                dev_files.add(r['source'])
    cluster = clusters(texts)
    blocked = {cluster[f] for f in dev_files}
    records, candidates = {}, []
    for key, record in batch_records(predictions):
        if key not in cluster or cluster[key] in blocked:
            continue
        records[key] = record
        for s in record['sentences']:
            norm = ' '.join(s['text'].lower().split())
            if s['boilerplate'] or norm in seen_text or any(a < s['end'] and s['start'] < b for a, b in spans[key]):
                continue
            seen_text.add(norm)
            candidates.append((key, s))
    rng = random.Random(int(seed))
    chosen, per_article, role = set(), collections.Counter(), {}

    def take(pool, n, name):
        got = 0
        for key, s in pool:
            if got == n:
                break
            if (key, s['start']) in chosen or per_article[key] == PER_ARTICLE:
                continue
            chosen.add((key, s['start']))
            per_article[key] += 1
            role.setdefault(key, name)
            got += 1
        return got

    deflect = sorted((c for c in candidates if c[1]['probabilities']['deflect'] >= 0.05),
                     key=lambda c: (-c[1]['probabilities']['deflect'], c[0], c[1]['start']))
    deny = [c for c in candidates if 0.12 <= c[1]['probabilities']['deny'] <= 0.60]
    rng.shuffle(deny)
    cued = [c for c in candidates if CUE_WORDS.search(c[1]['text']) or ENRICH.search(c[1]['text'])]
    random.Random(int(seed) + 1).shuffle(cued)  # its own generator: rounds 6 and 7 replay as they ran
    unsure = [c for c in candidates if c[0].startswith('fnc1-bodies/')
              and any(0.15 <= c[1]['probabilities'][label] <= 0.65 for label in ('accuse', 'cite_evidence'))]
    random.Random(int(seed) + 2).shuffle(unsure)
    got = (take(deflect, int(deflect_count), 'focus-deflect'), take(deny, int(deny_count), 'focus-deny'),
           take(cued, int(cue_count), 'cue-words'), take(unsure, int(unsure_count), 'unsure-accuse-cite'))
    order = sorted(role)
    write_selection(out, [(f, role[f], cluster[f], str(per_article[f])) for f in order])
    rng.shuffle(order)
    write_tasks(out, order, records, int(tasks), lambda f, s: s['boilerplate'] or (f, s['start']) not in chosen)
    print(f'{len(candidates)} unlabeled candidate sentences ({len(cued)} with cue words); chosen {got[0]} for deflect, {got[1]} for deny, {got[2]} by cue words, {got[3]} unsure accuse or cite, '
          f'in {len(order)} articles, {tasks} tasks', file=sys.stderr)


if __name__ == '__main__':
    main(*sys.argv[1:])
