using Stance.Model.Attribution;

namespace Stance.Training.Attribution;

/// <summary>
/// Grid search of the respondsTo link weights on the TUNING split only (pass A): the held-out
/// split is never read here. Returns every setting with its scores, best F1 first.
/// </summary>
public static class LinkTuner
{
    private static readonly double[] Weights = [0, 1, 2];
    private static readonly double[] Distances = [0.05, 0.15];
    private static readonly double[] Firsts = [0, 1];
    private static readonly double[] Minimums = [-1, 0.5, 1.5, 2.5];

    /// <summary>Scores every combination on the tuning split.</summary>
    public static IReadOnlyList<(AttributionOptions Options, AttributionScores Scores)> Tune(AttributionGold gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var results = new List<(AttributionOptions, AttributionScores)>();
        foreach (var target in Weights)
        {
            foreach (var pure in Weights)
            {
                foreach (var overlap in Weights)
                {
                    foreach (var before in Weights)
                    {
                        foreach (var distance in Distances)
                        {
                          foreach (var first in Firsts)
                          {
                            foreach (var minimum in Minimums)
                            {
                                var options = AttributionOptions.Default with
                                {
                                    LinkTargetWeight = target, LinkPureAccusationWeight = pure, LinkOverlapWeight = overlap,
                                    LinkBeforeWeight = before, LinkDistanceWeight = distance, MinimumLinkScore = minimum,
                                };
                                results.Add((options with { LinkFirstWeight = first }, AttributionEvaluator.Evaluate(gold, "tune", "A", options with { LinkFirstWeight = first })));
                            }
                          }
                        }
                    }
                }
            }
        }

        return [.. results.OrderByDescending(r => F1(r.Item2))];
    }

    /// <summary>The F1 of the link precision and recall.</summary>
    public static double F1(AttributionScores s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.LinkPrecision + s.LinkRecall == 0 ? 0 : 2 * s.LinkPrecision * s.LinkRecall / (s.LinkPrecision + s.LinkRecall);
    }
}
