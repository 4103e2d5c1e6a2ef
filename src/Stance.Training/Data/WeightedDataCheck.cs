using Stance.Model.Labels;
using Stance.Training.Pipeline;

namespace Stance.Training.Data;

/// <summary>
/// Refuses, before any fitting, data the configuration would train on nothing: ML.NET's own
/// error for it ("all instances have missing features") names neither the cause nor the fix.
/// </summary>
internal static class WeightedDataCheck
{
    /// <summary>
    /// The configuration to train with: <paramref name="configuration"/> itself when some sentence
    /// counts under its weights, else the same with every source at weight 1 (data of authored or
    /// seed text only, e.g. a user's own written examples, would otherwise train on nothing).
    /// </summary>
    public static ModelConfiguration Usable(IReadOnlyList<TrainingArticle> articles, ModelConfiguration configuration) =>
        articles.Any(a => Counts(a, configuration.Weights)) ? configuration : configuration with { Weights = SourceWeights.Uniform };

    /// <summary>Throws <see cref="TrainingDataException"/> when a fold's training articles have no sentence of non-zero weight.</summary>
    public static void Ensure(IReadOnlyList<TrainingArticle> articles, IReadOnlyDictionary<string, int> foldOf, int folds, SourceWeights weights)
    {
        for (var fold = -1; fold < folds; fold++)
        {
            if (!articles.Any(a => foldOf[a.Id] != fold && Counts(a, weights)))
            {
                var sources = articles.GroupBy(a => a.Provenance).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => $"{g.Key} {g.Sum(a => a.LabeledCount)} sentences in {g.Count()} articles at weight {LabelSet.All.Max(l => weights.Of(g.Key, l)):0.##}");
                var where = fold < 0 ? "the data" : $"fold {fold + 1} of {folds}";
                throw new TrainingDataException(
                    $"{where} has no training sentence that counts ({string.Join("; ", sources)}). The shipped configuration learns from real text only when the data has any " +
                    "(authored and seed sentences then weigh 0; rows of a file without a provenance column count as real). Add real labeled articles, or use fewer --folds.");
            }
        }
    }

    private static bool Counts(TrainingArticle article, SourceWeights weights) =>
        article.LabeledCount > 0 && weights.Counts(article.Provenance);
}
