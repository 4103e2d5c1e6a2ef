namespace Stance.Model.Annotation;

/// <summary>How close a sentence's probabilities sit to the thresholds that decide its labels.</summary>
public static class Uncertainty
{
    private const double Clamp = 1e-6;

    /// <summary>
    /// The smallest distance, over the labels, between a probability and its threshold in
    /// log-odds: 0 means the model is on the fence for some label. Log-odds, not raw
    /// probability, because 0.02 vs 0.05 is as open a question as 0.45 vs 0.6.
    /// </summary>
    /// <param name="probabilities">Probability per label, in canonical order.</param>
    /// <param name="thresholds">Threshold per label, in canonical order.</param>
    /// <param name="focus">The labels that count; null or empty means all.</param>
    public static double Of(IReadOnlyList<float> probabilities, IReadOnlyList<double> thresholds, IReadOnlyList<Labels.StanceLabel>? focus = null)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(thresholds);
        var best = double.MaxValue;
        for (var i = 0; i < probabilities.Count; i++)
        {
            if (focus is { Count: > 0 } && !focus.Contains((Labels.StanceLabel)i))
            {
                continue;
            }

            best = Math.Min(best, Math.Abs(Logit(probabilities[i]) - Logit(thresholds[i])));
        }

        return best;
    }

    private static double Logit(double p)
    {
        p = Math.Clamp(p, Clamp, 1 - Clamp);
        return Math.Log(p / (1 - p));
    }
}
