#!/usr/bin/env python3
"""Turns annotation batches (kept outside the repository: they hold corpus text) into the
project's labeled files, which hold references (corpus, source, start, end, sha256) and labels,
never the text.

Usage: import_annotations.py ANNOT_DIR CORPUS_ROOT DATA_DIR

ANNOT_DIR holds selection.tsv (corpus_file, role, cluster), keys*.tsv (batch, article_id,
sentence_id, corpus_file, start, end, sha, boilerplate), batches/NAME/labels.tsv (the
annotators' article_id, sentence_id, labels, note; batches U* and F* hold sentences picked
by `stance annotate --strategy uncertain`, F* with --focus deny,deflect) and adjudicated.tsv
(corpus_file, start, end, labels: the decision on every sentence the double passes disagree on),
and dev-real-2026-11.tsv, the first dev set's labels (one more pass on its sentences).
Offsets count UTF-16 code units, as .NET strings do.
"""
import collections, hashlib, os, sys

CORPUS_FROM_DATA = '../../shared/corpora'
HEADER = ['article_id', 'sentence_id', 'labels', 'text', 'provenance', 'corpus', 'source', 'start', 'end', 'sha256', 'selection', 'annotator']


def sha(text, start, end):
    units = text.encode('utf-16-le')[2 * start:2 * end].decode('utf-16-le')
    return hashlib.sha256(units.encode('utf-8')).hexdigest()[:16]


def read_tsv(path):
    lines = open(path, encoding='utf-8').read().splitlines()
    head = lines[0].split('\t')
    return [dict(zip(head, l.split('\t'))) for l in lines[1:] if l.strip()]


def main(annot, corpus, data):
    roles = {r['corpus_file']: r['role'] for r in read_tsv(os.path.join(annot, 'selection.tsv'))}
    keys = collections.defaultdict(dict)  # batch -> (article, sentence) -> key row
    for name in sorted(os.listdir(annot)):
        if name.startswith('keys') and name.endswith('.tsv'):
            for k in read_tsv(os.path.join(annot, name)):
                keys[k['batch']][k['article_id'], int(k['sentence_id'])] = k
    labels = {}  # batch -> (article, sentence) -> labels
    for batch in sorted(os.listdir(os.path.join(annot, 'batches'))):
        path = os.path.join(annot, 'batches', batch, 'labels.tsv')
        if not os.path.exists(path):
            continue
        got = {}
        for line in open(path, encoding='utf-8').read().splitlines():
            c = line.split('\t')
            if len(c) >= 3 and c[1].isdigit():
                got[c[0], int(c[1])] = c[2]
        if len(got) == len(keys[batch]):
            labels[batch] = got
        else:
            print(f'{batch}: {len(got)} of {len(keys[batch])} labeled, left out', file=sys.stderr)
    adjudicated = {}
    if os.path.exists(os.path.join(annot, 'adjudicated.tsv')):
        for r in read_tsv(os.path.join(annot, 'adjudicated.tsv')):
            adjudicated[r['corpus_file'], int(r['start']), int(r['end'])] = r['labels']
    texts = {}

    def text_of(f):
        if f not in texts:
            texts[f] = open(os.path.join(corpus, f), encoding='utf-8').read()
        return texts[f]

    # Every labeled span with its passes: (corpus_file, start, end) -> {batch: labels}
    spans, order = collections.defaultdict(dict), {}
    for batch, got in labels.items():
        for (a, s), lab in got.items():
            k = keys[batch][a, s]
            span = (k['corpus_file'], int(k['start']), int(k['end']))
            spans[span][batch] = lab
            order.setdefault(span, (k['corpus_file'], int(k['start'])))
    old_dev = {}
    previous = os.path.join(annot, 'dev-real-2026-11.tsv')  # the first dev set (corpus_file, start, end, labels)
    for r in read_tsv(previous) if os.path.exists(previous) else []:
        old_dev[r['corpus_file'], int(r['start']), int(r['end'])] = r['labels']
    for span, lab in old_dev.items():
        if os.path.exists(os.path.join(corpus, span[0])):
            spans[span]['dev-2026-11'] = lab
            order.setdefault(span, (span[0], span[1]))

    # Batches U* hold sentences picked by `stance annotate --strategy uncertain`, F* by the same
    # with --focus deny,deflect; their articles are not in selection.tsv.
    picked = {'U': 'train-uncertain', 'F': 'train-uncertain:deny+deflect'}

    rows = {'dev': [], 'train': []}
    passes = []
    for span in sorted(spans, key=lambda s: order[s]):
        f, start, end = span
        got = spans[span]
        role = roles.get(f) or next((picked[b[0]] for b in got if b[0] in picked), None)
        if role is None:
            continue
        batches = sorted(got)
        if len(set(got.values())) > 1:
            if span not in adjudicated:
                print(f'unadjudicated disagreement {span}: {got}', file=sys.stderr)
            final = adjudicated.get(span, got[batches[0]])
        else:
            final = got[batches[0]]
        if len(got) > 1:
            passes.append((span, got, final))
        selection = role.split('-', 1)[1]
        split = 'dev' if role.startswith('dev') else 'train'
        rows[split].append([f, start, end, final, selection, '+'.join(batches)])

    def write(path, items):
        ids = collections.Counter()
        with open(path, 'w', encoding='utf-8') as out:
            out.write('\t'.join(HEADER) + '\n')
            for f, start, end, lab, selection, who in items:
                aid = f[:-4]
                ids[aid] += 1
                out.write('\t'.join([aid, str(ids[aid]), lab, '', 'real', CORPUS_FROM_DATA, f, str(start), str(end), sha(text_of(f), start, end), selection, who]) + '\n')

    write(os.path.join(data, 'dev-real.tsv'), rows['dev'])
    write(os.path.join(data, 'real-train.tsv'), rows['train'])
    with open(os.path.join(data, 'annotation', 'real-passes.tsv'), 'w', encoding='utf-8') as out:
        out.write('corpus_file\tstart\tend\tsha256\tpass_a\tlabels_a\tpass_b\tlabels_b\tadjudicated\n')
        for (f, start, end), got, final in passes:
            (a, la), (b, lb) = sorted(got.items())[:2]
            out.write(f'{f}\t{start}\t{end}\t{sha(text_of(f), start, end)}\t{a}\t{la}\t{b}\t{lb}\t{final}\n')
    for split, items in rows.items():
        c = collections.Counter(l for it in items for l in (it[3].split(',') if it[3] != 'none' else ['none']))
        print(split, len(items), 'sentences', len({it[0] for it in items}), 'articles', dict(c), file=sys.stderr)


if __name__ == '__main__':
    main(*sys.argv[1:])
