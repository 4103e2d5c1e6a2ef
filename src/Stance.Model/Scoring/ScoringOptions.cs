using Stance.Model.Labels;

namespace Stance.Model.Scoring;

/// <summary>How <see cref="ArticleScorer"/> scores.</summary>
public sealed class ScoringOptions
{
    /// <summary>Per-label thresholds overriding the model's (e.g. from --threshold deny=0.6).</summary>
    public IReadOnlyDictionary<StanceLabel, double> Thresholds { get; init; } = new Dictionary<StanceLabel, double>();

    /// <summary>Features reported per assigned label; 0 turns explanations off (faster).</summary>
    public int ExplainTop { get; init; } = 3;

    /// <summary>The defaults.</summary>
    public static ScoringOptions Default { get; } = new();
}
