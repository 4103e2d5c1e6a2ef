#!/usr/bin/python3
"""The baseline a Python data scientist would build for Stance's task: scikit-learn
TfidfVectorizer (word 1-2-grams + char 4-grams) and one LogisticRegression per label,
thresholds tuned per label on out-of-fold predictions (each fold thresholded with what the
other folds chose, as Stance does). Reads the same fold files as Stance.

usage:
  baseline.py exported DATA.tsv                           Stance's own training and dev data and folds
                                                          (`Stance.Bench export`): real-text grouped CV and dev-real
  baseline.py cv DATA.tsv... --folds FOLDS.tsv            grouped CV on the given folds
  baseline.py transfer TRAIN.tsv --test TEST.tsv --folds FOLDS.tsv   train on TRAIN (thresholds from CV on FOLDS), test on TEST
  baseline.py train DATA.tsv... --out MODEL.pkl [--folds FOLDS.tsv]  fit on everything (timed)
  baseline.py train-exported DATA.tsv --out MODEL.pkl     the same on Stance's exported training data
  baseline.py throughput MODEL.pkl SENTENCES.txt          sentences/s, one process
  baseline.py score MODEL.pkl ARTICLE.txt                 a fresh process scores one article (cold start)
  baseline.py batch MODEL.pkl DIR OUT.tsv                 label every .txt under DIR
"""
import json
import os
import pickle
import re
import sys
import time

LABELS = ["accuse", "deny", "deflect", "cite-evidence"]


def read_labeled(paths):
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 4:
                    continue
                labels = set() if cols[2] == "none" else set(cols[2].split(","))
                rows.append((cols[0], int(cols[1]), labels, cols[3]))
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows


def read_folds(path):
    with open(path, encoding="utf-8") as f:
        f.readline()
        return {a: int(k) for a, k in (line.rstrip("\n").split("\t") for line in f)}


def make_model():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion
    return FeatureUnion([
        ("word", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1, max_features=30000)),
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 4), sublinear_tf=True, max_features=30000)),
    ])


def fit(texts, gold):
    from sklearn.linear_model import LogisticRegression
    vectorizer = make_model()
    x = vectorizer.fit_transform(texts)
    classifiers = []
    for label in LABELS:
        y = [label in g for g in gold]
        classifiers.append(LogisticRegression(C=10.0, max_iter=2000).fit(x, y))
    return vectorizer, classifiers


def predict(model, texts):
    vectorizer, classifiers = model
    x = vectorizer.transform(texts)
    return [c.predict_proba(x)[:, 1] for c in classifiers]


def best_threshold(probabilities, truth):
    best, best_f1 = 0.5, -1.0
    for step in range(5, 96):
        t = step / 100
        tp = sum(1 for p, g in zip(probabilities, truth) if p >= t and g)
        fp = sum(1 for p, g in zip(probabilities, truth) if p >= t and not g)
        fn = sum(1 for p, g in zip(probabilities, truth) if p < t and g)
        f1 = 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)
        if f1 > best_f1 + 1e-12 or (abs(f1 - best_f1) <= 1e-12 and abs(t - 0.5) < abs(best - 0.5)):
            best, best_f1 = t, f1
    return best


def out_of_fold(rows, folds):
    probabilities = [[0.0] * len(rows) for _ in LABELS]
    for k in sorted(set(folds.values())):
        train = [i for i, r in enumerate(rows) if folds[r[0]] != k]
        test = [i for i, r in enumerate(rows) if folds[r[0]] == k]
        model = fit([rows[i][3] for i in train], [rows[i][2] for i in train])
        predicted = predict(model, [rows[i][3] for i in test])
        for l in range(len(LABELS)):
            for j, i in enumerate(test):
                probabilities[l][i] = float(predicted[l][j])
    return probabilities


def honest(rows, folds, probabilities):
    predicted = [set() for _ in rows]
    for k in sorted(set(folds.values())):
        others = [i for i, r in enumerate(rows) if folds[r[0]] != k]
        for l, label in enumerate(LABELS):
            t = best_threshold([probabilities[l][i] for i in others], [label in rows[i][2] for i in others])
            for i, r in enumerate(rows):
                if folds[r[0]] == k and probabilities[l][i] >= t:
                    predicted[i].add(label)
    return predicted


def metrics(gold, predicted):
    per_label = {}
    for label in LABELS:
        tp = sum(1 for g, p in zip(gold, predicted) if label in g and label in p)
        fp = sum(1 for g, p in zip(gold, predicted) if label not in g and label in p)
        fn = sum(1 for g, p in zip(gold, predicted) if label in g and label not in p)
        per_label[label] = 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)
    return {"perLabel": per_label, "macroF1": sum(per_label.values()) / len(LABELS), "sentences": len(gold)}


def read_exported(path):
    """split, fold, article_id, provenance, boilerplate, labels, text, context rows written by Stance."""
    train, dev = [], []
    with open(path, encoding="utf-8") as f:
        f.readline()
        for line in f:
            split, fold, article, provenance, boilerplate, labels, text, _ = line.rstrip("\n").split("\t")
            row = (article, int(fold), set() if labels == "none" else set(labels.split(",")), text, provenance, boilerplate == "1")
            (train if split == "train" else dev).append(row)
    return train, dev


def exported(path, sources=None):
    """The plain baseline on exactly Stance's data and folds: every source at full weight,
    thresholds tuned on all out-of-fold predictions (what a user of scikit-learn would do).
    With sources (e.g. {"real"}), only sentences of those provenances are trained on, as the
    shipped Stance model does, so each system gets its best use of the same data."""
    train, dev = read_exported(path)
    if sources:
        train = [r for r in train if r[4] in sources]
        if not train:
            return {}
    rows = [(r[0], 0, r[2], r[3]) for r in train]
    folds = {r[0]: r[1] for r in train}
    probabilities = out_of_fold(rows, folds)
    predicted = honest(rows, folds, probabilities)
    real = [i for i, r in enumerate(train) if r[4] == "real"]
    result = {}
    if real:
        result["real training articles, grouped CV"] = metrics([train[i][2] for i in real], [set() if train[i][5] else predicted[i] for i in real])
    if dev:
        thresholds = [best_threshold(probabilities[l], [label in r[2] for r in rows]) for l, label in enumerate(LABELS)]
        p = predict(fit([r[3] for r in rows], [r[2] for r in rows]), [r[3] for r in dev])
        labels = [set() if r[5] else set(label for l, label in enumerate(LABELS) if p[l][i] >= thresholds[l]) for i, r in enumerate(dev)]
        result["dev-real"] = metrics([r[2] for r in dev], labels)
    return result


def main(argv):
    mode = argv[0]
    if mode == "exported":
        sources = set(argv[argv.index("--sources") + 1].split(",")) if "--sources" in argv else None
        print(json.dumps(exported(argv[1], sources)))
    elif mode == "cv":
        files = [a for a in argv[1:argv.index("--folds")]]
        rows = read_labeled(files)
        folds = read_folds(argv[argv.index("--folds") + 1])
        probabilities = out_of_fold(rows, folds)
        print(json.dumps(metrics([r[2] for r in rows], honest(rows, folds, probabilities))))
    elif mode == "transfer":
        train = read_labeled([argv[1]])
        test = read_labeled([argv[argv.index("--test") + 1]])
        folds = read_folds(argv[argv.index("--folds") + 1])
        probabilities = out_of_fold(train, folds)
        thresholds = [best_threshold(probabilities[l], [label in r[2] for r in train]) for l, label in enumerate(LABELS)]
        predicted_p = predict(fit([r[3] for r in train], [r[2] for r in train]), [r[3] for r in test])
        predicted = [set(label for l, label in enumerate(LABELS) if predicted_p[l][i] >= thresholds[l]) for i in range(len(test))]
        print(json.dumps(metrics([r[2] for r in test], predicted)))
    elif mode in ("train", "train-exported"):
        rows = read_labeled(argv[1:argv.index("--out")]) if mode == "train" else [(r[0], 0, r[2], r[3]) for r in read_exported(argv[1])[0]]
        start = time.perf_counter()
        model = fit([r[3] for r in rows], [r[2] for r in rows])
        seconds = time.perf_counter() - start
        with open(argv[argv.index("--out") + 1], "wb") as f:
            pickle.dump((model, [0.3] * len(LABELS)), f)
        print(json.dumps({"seconds": seconds}))
    elif mode == "throughput":
        with open(argv[1], "rb") as f:
            model, _ = pickle.load(f)
        with open(argv[2], encoding="utf-8") as f:
            sentences = [line.rstrip("\n") for line in f]
        start = time.perf_counter()
        for i in range(0, len(sentences), 2000):
            predict(model, sentences[i:i + 2000])
        seconds = time.perf_counter() - start
        print(json.dumps({"sentencesPerSecond": len(sentences) / seconds, "sentences": len(sentences)}))
    elif mode == "score":
        with open(argv[1], "rb") as f:
            model, thresholds = pickle.load(f)
        with open(argv[2], encoding="utf-8") as f:
            sentences = split_sentences(f.read())
        probabilities = predict(model, sentences)
        for i, s in enumerate(sentences):
            labels = [label for l, label in enumerate(LABELS) if probabilities[l][i] >= thresholds[l]]
            print(f"{i + 1}\t{','.join(labels) or 'none'}\t{s}")
    elif mode == "batch":
        with open(argv[1], "rb") as f:
            model, thresholds = pickle.load(f)
        files = sorted(os.path.join(d, n) for d, _, names in os.walk(argv[2]) for n in names if n.endswith(".txt"))
        with open(argv[3], "w", encoding="utf-8") as out:
            for path in files:
                with open(path, encoding="utf-8", errors="replace") as f:
                    sentences = split_sentences(f.read())
                if not sentences:
                    continue
                probabilities = predict(model, sentences)
                for i, s in enumerate(sentences):
                    labels = [label for l, label in enumerate(LABELS) if probabilities[l][i] >= thresholds[l]]
                    out.write(f"{path}\t{i + 1}\t{','.join(labels) or 'none'}\t{s}\n")
        print(json.dumps({"articles": len(files)}))
    else:
        sys.exit(__doc__)


def split_sentences(text):
    """What a Python user would reach for without NLTK models: split at end marks and line breaks."""
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [p.strip() for p in parts if p.strip()]


if __name__ == "__main__":
    main(sys.argv[1:])
