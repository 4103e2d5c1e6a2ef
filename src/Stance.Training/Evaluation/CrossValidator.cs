using Microsoft.ML;
using Stance.Model.Labels;
using Stance.Training.Pipeline;

namespace Stance.Training.Evaluation;

/// <summary>
/// Article-grouped cross-validation. Each fold's thresholds are tuned on the other folds'
/// out-of-fold predictions, never on the fold being tested.
/// </summary>
internal sealed class CrossValidator(FeaturizerOptions featurizer, TrainerSettings settings, int seed, int maxParallelism)
{
    /// <summary>Out-of-fold probabilities for every example, aligned with <paramref name="examples"/>.</summary>
    /// <param name="examples">All examples.</param>
    /// <param name="foldOf">Fold per article id.</param>
    /// <param name="trainer">The trainer.</param>
    /// <param name="fraction">Share of each fold's training articles actually used (learning curve).</param>
    public float[][] OutOfFold(IReadOnlyList<LabeledExample> examples, IReadOnlyDictionary<string, int> foldOf, TrainerKind trainer, double fraction = 1.0)
    {
        var folds = foldOf.Values.Distinct().Order().ToArray();
        var probabilities = new float[examples.Count][];
        Parallel.ForEach(folds, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, fold =>
        {
            var training = examples.Where(e => foldOf[e.ArticleId] != fold).ToList();
            if (fraction < 1.0)
            {
                var articles = training.Select(e => e.ArticleId).Distinct().Order(StringComparer.Ordinal).ToArray();
                new Random(seed + fold).Shuffle(articles);
                var kept = articles.Take(Math.Max(1, (int)Math.Ceiling(articles.Length * fraction))).ToHashSet(StringComparer.Ordinal);
                training = training.Where(e => kept.Contains(e.ArticleId)).ToList();
            }

            var testIndexes = Enumerable.Range(0, examples.Count).Where(i => foldOf[examples[i].ArticleId] == fold).ToArray();
            var ml = new MLContext(seed);
            var model = ClassifierSet.Fit(ml, training, featurizer, trainer, settings);
            var predicted = ClassifierSet.Predict(ml, model, testIndexes.Select(i => examples[i]).ToList());
            for (var k = 0; k < testIndexes.Length; k++)
            {
                probabilities[testIndexes[k]] = predicted[k];
            }
        });

        return probabilities;
    }

    /// <summary>Label sets for out-of-fold probabilities, each fold thresholded with what the other folds chose.</summary>
    public static LabelSet[] HonestPredictions(IReadOnlyList<LabeledExample> examples, IReadOnlyDictionary<string, int> foldOf, float[][] probabilities)
    {
        var predictions = new LabelSet[examples.Count];
        foreach (var fold in foldOf.Values.Distinct())
        {
            var others = Enumerable.Range(0, examples.Count).Where(i => foldOf[examples[i].ArticleId] != fold).ToArray();
            var thresholds = ThresholdTuner.Tune(others.Select(i => probabilities[i]).ToList(), others.Select(i => examples[i].Gold).ToList());
            for (var i = 0; i < examples.Count; i++)
            {
                if (foldOf[examples[i].ArticleId] == fold)
                {
                    predictions[i] = examples[i].IsBoilerplate ? LabelSet.None : ThresholdTuner.Apply(probabilities[i], thresholds);
                }
            }
        }

        return predictions;
    }
}
