#!/usr/bin/env python3
"""Turns the attribution annotators' outputs (out-A/B/C.tsv, kept outside the repository: they
quote corpus text) into data/attribution/gold.tsv, which holds references only.

Usage: import_attribution.py REPO_ROOT CORPUS_ROOT ANNOTATION_DIR
Reads ANNOTATION_DIR/split.tsv (written by attribution_tasks.py) and every out-{A,B,C}.tsv that
exists; rows for sentences that were not marked, or whose article is unknown, are reported and
skipped. Each mention is stored as SENTENCE:START-END, character offsets into the sentence's
whitespace-normalised text (words joined by single spaces, as the task files showed it), found by
searching the annotator's copied text in the sentence itself first, then the nearest sentence
before it, then after it; plus the first 16 hex digits of the SHA-256 of the mention's text.
"""
import collections, csv, hashlib, os, sys

sys.path.insert(0, os.path.dirname(__file__))
from attribution_tasks import articles  # noqa: E402

COLUMNS = ['article_id', 'sentence_id', 'labels', 'split', 'pass', 'speaker_ref', 'speaker_sha', 'speaker_canonical',
           'speaker_type', 'target_ref', 'target_sha', 'target_canonical', 'target_type', 'responds_to']
TYPES = {'state', 'armed', 'intl', 'media', 'person', 'other'}


def sha(text):
    return hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]


def norm(text):
    return ' '.join(text.split())


def locate(mention, sid, sentences):
    """(ref, sha) of the mention; '?' when it is not found in the article."""
    m = norm(mention)
    if m in ('(reporter)', '-', ''):
        return (m or '-'), '-'
    ids = sorted(sentences)
    order = [sid] + [i for i in reversed(ids) if i < sid] + [i for i in ids if i > sid]
    for i in order:
        text = sentences[i]
        for candidate in (m, m.strip('"\u201c\u201d.,')):
            at = text.find(candidate)
            if at < 0:
                at = text.lower().find(candidate.lower())
            if candidate and at >= 0:
                return f'{i}:{at}-{at + len(candidate)}', sha(text[at:at + len(candidate)])
    return '?', '-'


def main(repo, corpus, ann):
    arts = articles(repo, corpus)
    split = {}
    with open(os.path.join(ann, 'split.tsv'), encoding='utf-8') as f:
        for row in csv.DictReader(f, delimiter='\t'):
            split[row['article_id']] = row['task']
    out_rows, problems, counts = [], [], collections.Counter()
    for p in ('A', 'B', 'C'):
        path = os.path.join(ann, f'out-{p}.tsv')
        if not os.path.exists(path):
            problems.append(f'{path}: missing')
            continue
        seen = set()
        with open(path, encoding='utf-8', newline='') as f:
            lines = [l.rstrip('\r\n') for l in f if l.strip()]
        header = [h.strip() for h in lines[0].split('\t')]
        for n, line in enumerate(lines[1:], 2):
            cells = line.split('\t')
            if len(cells) < 9:
                problems.append(f'{path}:{n}: {len(cells)} fields')
                continue
            row = dict(zip(header, [c.strip() for c in cells]))
            a = row['article_id'].strip('`')
            try:
                sid = int(row['sentence_id'])
            except ValueError:
                problems.append(f'{path}:{n}: bad sentence id')
                continue
            if a not in arts or a not in split:
                problems.append(f'{path}:{n}: unknown article {a}')
                continue
            sents = {i: norm(t) for i, _, t in arts[a]}
            labels = {i: l for i, l, _ in arts[a]}
            if labels.get(sid, 'none') == 'none' or (a, sid) in seen:
                problems.append(f'{path}:{n}: {a} {sid} not marked or repeated')
                continue
            seen.add((a, sid))
            refs = {}
            for role in ('speaker', 'target'):
                texts = [t.strip() for t in row[f'{role}_text'].split('|')]
                located = [locate(t, sid, sents) for t in texts]
                refs[role + '_ref'] = '|'.join(r for r, _ in located)
                refs[role + '_sha'] = '|'.join(s for _, s in located)
                counts[role + (' not found' if any(r == '?' for r, _ in located) else ' located')] += 1
                refs[role + '_canonical'] = '|'.join(c.strip() for c in row[f'{role}_canonical'].split('|'))
                refs[role + '_type'] = '|'.join((t.strip().lower() if t.strip().lower() in TYPES else ('-' if t.strip() in ('', '-') else 'other'))
                                               for t in row[f'{role}_type'].split('|'))
            resp = row.get('responds_to', '-').replace(' ', '') or '-'
            resp = ','.join(x for x in resp.split(',') if x.isdigit() and int(x) in sents and int(x) != sid) or '-'
            out_rows.append([a, str(sid), labels[sid], 'tune' if split[a] == 'A' else 'heldout', p, refs['speaker_ref'], refs['speaker_sha'],
                             refs['speaker_canonical'], refs['speaker_type'], refs['target_ref'], refs['target_sha'],
                             refs['target_canonical'], refs['target_type'], resp])
            counts[f'pass {p}'] += 1
    out = os.path.join(repo, 'data', 'attribution', 'gold.tsv')
    with open(out + '.tmp', 'w', encoding='utf-8', newline='') as f:
        f.write('\t'.join(COLUMNS) + '\n')
        for r in out_rows:
            f.write('\t'.join(c.replace('\t', ' ') for c in r) + '\n')
    os.replace(out + '.tmp', out)
    with open(os.path.join(repo, 'data', 'attribution', 'split.tsv'), 'w', encoding='utf-8') as f:
        f.write(open(os.path.join(ann, 'split.tsv'), encoding='utf-8').read())
    for p in problems:
        print('skipped:', p, file=sys.stderr)
    print(dict(counts))


if __name__ == '__main__':
    main(*sys.argv[1:])
