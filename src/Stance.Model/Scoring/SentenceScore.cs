using Stance.Model.Labels;

namespace Stance.Model.Scoring;

/// <summary>The model's verdict on one sentence.</summary>
/// <param name="Labels">Every label whose probability reached its threshold; none for boilerplate.</param>
/// <param name="Probabilities">Probability per label, indexed by <see cref="StanceLabel"/>.</param>
public sealed record SentenceScore(LabelSet Labels, IReadOnlyList<float> Probabilities)
{
    /// <summary>The probability of one label.</summary>
    public float this[StanceLabel label] => Probabilities[(int)label];
}
