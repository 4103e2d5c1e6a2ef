#!/usr/bin/env python3
"""Chooses the real corpus articles to label (round 1: dev set and random training articles).

Reproducible: a fixed seed, sorted inputs. Near-duplicate articles (reprints sharing at
least 20% of their word 7-gram shingles) form one cluster; at most one article per cluster
is chosen, and a cluster is either dev or training, never both, so no reprint of a dev
article is trained on.

Usage: select_real.py CORPUS_ROOT EXISTING_DEV_TSV OUT_TSV
Writes corpus_file<TAB>role<TAB>cluster rows; roles: dev-existing, dev-random,
dev-enriched, train-random.
"""
import collections, itertools, json, os, random, re, sys

SEED = 20261205
DEV_RANDOM = {'fakes-syria': 45, 'fnc1-bodies': 45}
DEV_ENRICHED = {'fakes-syria': 20, 'fnc1-bodies': 30}
TRAIN_RANDOM = {'fakes-syria': 150, 'fnc1-bodies': 110}
# Articles likely to hold denials or deflections (rare in news): chosen by words, not by the model.
ENRICH = re.compile(r"\b(den(y|ies|ied|ial)|reject(ed|s)?|dismiss(ed|es)?|propaganda|hypocri\w*|double standards?|smear\w*|"
                    r"politically motivated|fabricat\w*|baseless|groundless|unfounded|blind eye|provocation\w*|"
                    r"blam(e|ed|es) (on|the)|false (claims?|reports?|allegations?)|hoax|debunk\w*)\b", re.I)


def shingles(text):
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {' '.join(words[i:i + 7]) for i in range(max(1, len(words) - 6))}


def clusters(texts):
    parent = {k: k for k in texts}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    sets = {k: shingles(t) for k, t in texts.items()}
    index = collections.defaultdict(list)
    for k, s in sets.items():
        for h in s:
            index[h].append(k)
    shared = collections.Counter()
    for keys in index.values():
        if 1 < len(keys) < 50:
            for a, b in itertools.combinations(keys, 2):
                shared[a, b] += 1
    for (a, b), n in shared.items():
        if n / min(len(sets[a]), len(sets[b])) >= 0.2:
            parent[find(a)] = find(b)
    return {k: find(k) for k in texts}


def corpus_texts(root, folders):
    """Every corpus file of the folders, keyed 'folder/name.txt' as the labeled files' `source`."""
    texts = {}
    for folder in folders:
        for name in sorted(os.listdir(os.path.join(root, folder))):
            texts[f'{folder}/{name}'] = open(os.path.join(root, folder, name), encoding='utf-8').read()
    return texts


def batch_records(path):
    """(corpus file key, record) per article of a `stance batch ... --out X.jsonl` file."""
    for line in open(path, encoding='utf-8'):
        record = json.loads(line)
        yield '/'.join(record['path'].replace(os.sep, '/').split('/')[-2:]), record


def main(root, existing_dev, out):
    texts = corpus_texts(root, sorted(DEV_RANDOM))
    cluster = clusters(texts)
    rng = random.Random(SEED)
    taken_clusters, rows = set(), []

    def take(file, role):
        taken_clusters.add(cluster[file])
        rows.append((file, role, cluster[file]))

    existing = sorted({line.split('\t')[0] for line in open(existing_dev, encoding='utf-8').read().splitlines()[1:] if line})
    for file in existing:
        if file in texts:
            take(file, 'dev-existing')

    def draw(folder, n, role, pool_filter=lambda f: True):
        pool = [f for f in texts if f.startswith(folder + '/') and pool_filter(f)]
        rng.shuffle(pool)
        got = 0
        for f in pool:
            if got == n:
                break
            if cluster[f] in taken_clusters or not texts[f].strip():
                continue
            take(f, role)
            got += 1

    for folder in sorted(DEV_RANDOM):
        draw(folder, DEV_RANDOM[folder], 'dev-random')
    for folder in sorted(DEV_ENRICHED):
        draw(folder, DEV_ENRICHED[folder], 'dev-enriched', lambda f: ENRICH.search(texts[f]) is not None)
    for folder in sorted(TRAIN_RANDOM):
        draw(folder, TRAIN_RANDOM[folder], 'train-random')
    with open(out, 'w', encoding='utf-8') as f:
        f.write('corpus_file\trole\tcluster\n')
        for row in rows:
            f.write('\t'.join(row) + '\n')


if __name__ == '__main__':
    main(*sys.argv[1:])
