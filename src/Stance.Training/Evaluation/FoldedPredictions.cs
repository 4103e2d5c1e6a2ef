using Stance.Model.Labels;
using Stance.Training.Pipeline;

namespace Stance.Training.Evaluation;

/// <summary>
/// Out-of-fold probabilities of a configuration over the labeled training sentences, with the
/// thresholds it would ship and honest label sets (each fold thresholded from the other folds).
/// </summary>
internal sealed record FoldedPredictions(
    IReadOnlyList<LabeledExample> Examples,
    IReadOnlyList<float[]> Probabilities,
    IReadOnlyList<LabelSet> Honest,
    double[] Thresholds)
{
    /// <summary>Metrics over the examples of the given provenance (all when null).</summary>
    public EvaluationResult Evaluate(string setting, string system, string? provenance)
    {
        var indexes = Enumerable.Range(0, Examples.Count).Where(i => provenance is null || Examples[i].Provenance == provenance).ToList();
        return MultiLabelMetrics.Evaluate(setting, system, indexes.ConvertAll(i => Examples[i].Gold), indexes.ConvertAll(i => Honest[i]));
    }
}
