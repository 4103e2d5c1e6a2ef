#!/usr/bin/env python3
"""Builds the attribution annotation tasks (issue 13): speaker, target and respondsTo.

Reproducible (fixed seed, sorted inputs). Chooses whole labeled articles that hold both an
accusation and a denial or deflection (so respondsTo links exist), from dev-real.tsv and the
`random` articles of real-train.tsv, both corpus folders, plus the five seeds. Splits them by
ARTICLE into task A (tuning: seeds + real) and task B (held out), and copies whole articles
of each into task C (the second, independent annotation used for agreement only).

Usage: attribution_tasks.py REPO_ROOT CORPUS_ROOT OUT_DIR
Writes OUT_DIR/task-{A,B,C}.md (they hold corpus text: keep them OUTSIDE the repository)
and OUT_DIR/split.tsv (article_id, task) which is copied into data/attribution/.
"""
import collections, csv, os, random, sys

SEED = 20261205
QUOTA = {'A': {'fakes-syria': 140, 'fnc1-bodies': 140}, 'B': {'fakes-syria': 175, 'fnc1-bodies': 175}}
C_QUOTA = 75
MAX_SENTENCES = 45


def read(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))


def articles(repo, corpus):
    arts = collections.OrderedDict()
    for row in read(os.path.join(repo, 'data/seed-sentences.tsv')):
        arts.setdefault('seeds/' + row['article_id'], []).append((int(row['sentence_id']), row['labels'], row['text']))
    texts = {}
    for name in ('data/dev-real.tsv', 'data/real-train.tsv'):
        for row in read(os.path.join(repo, name)):
            if row['selection'] not in ('random', 'enriched', 'existing'):
                continue
            src = row['source']
            if src not in texts:
                texts[src] = open(os.path.join(corpus, src), encoding='utf-8').read()
            text = texts[src][int(row['start']):int(row['end'])]
            arts.setdefault(row['article_id'], []).append((int(row['sentence_id']), row['labels'], text))
    return arts


def moves(sents):
    return sum(1 for _, l, _ in sents if l != 'none')


def main(repo, corpus, out):
    arts = articles(repo, corpus)
    seeds = [a for a in arts if a.startswith('seeds/')]
    cands = {}
    for a, s in arts.items():
        if a.startswith('seeds/'):
            continue
        labels = [l for _, l, _ in s]
        if len(s) <= MAX_SENTENCES and any('accuse' in l for l in labels) and any('deny' in l or 'deflect' in l for l in labels):
            cands.setdefault(a.split('/')[0], []).append(a)
    rng = random.Random(SEED)
    task = {a: 'A' for a in seeds}
    for folder in sorted(cands):
        pool = sorted(cands[folder])
        rng.shuffle(pool)
        for t in ('B', 'A'):
            n = 0
            while pool and n < QUOTA[t][folder]:
                a = pool.pop()
                task[a] = t
                n += moves(arts[a])
    c_task = []
    for t in ('A', 'B'):
        mine = sorted(a for a, x in task.items() if x == t and not a.startswith('seeds/'))
        rng.shuffle(mine)
        n = 0
        for a in mine:
            if n >= C_QUOTA:
                break
            c_task.append(a)
            n += moves(arts[a])
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, 'split.tsv'), 'w', encoding='utf-8') as f:
        f.write('article_id\ttask\talso_in_c\n')
        for a in sorted(task):
            f.write(f'{a}\t{task[a]}\t{"yes" if a in c_task else "no"}\n')
    for t, chosen in (('A', sorted(a for a in task if task[a] == 'A')), ('B', sorted(a for a in task if task[a] == 'B')), ('C', sorted(c_task))):
        write_task(os.path.join(out, f'task-{t}.md'), t, chosen, arts)
        print(t, len(chosen), 'articles', sum(moves(arts[a]) for a in chosen), 'sentences to annotate',
              sum(len(arts[a]) for a in chosen), 'sentences to read')


def write_task(path, t, chosen, arts):
    lines = [f'# Attribution task {t}', '',
             'Read GUIDE.md first. Annotate every sentence marked `>>>` (its move labels are in brackets).',
             f'Write your answers to `/work/ann13/out-{t}.tsv` (format in GUIDE.md, one row per marked sentence).',
             f'Marked sentences in this file: {sum(moves(arts[a]) for a in chosen)}, in {len(chosen)} articles.', '']
    for i, a in enumerate(chosen, 1):
        style = 'punctuation stripped' if a.startswith(('fakes-syria', 'seeds/')) else 'clean text'
        lines += [f'## Article {i} of {len(chosen)}: `{a}` ({style})', '']
        for sid, labels, text in sorted(arts[a]):
            text = ' '.join(text.split())
            if labels == 'none':
                lines.append(f'    {sid:>3}       {text}')
            else:
                lines.append(f'>>> {sid:>3} [{labels}] {text}')
        lines.append('')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))


if __name__ == '__main__':
    main(*sys.argv[1:])
