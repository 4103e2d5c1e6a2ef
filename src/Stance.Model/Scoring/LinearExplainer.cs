using Stance.Model.Features;
using Stance.Model.Labels;

namespace Stance.Model.Scoring;

/// <summary>
/// Explains a decision as weight x feature value per label (ML.NET's CalculateFeatureContribution
/// does not cover this multi-label set-up). Character n-grams and layout features are left out:
/// they count for the model but are not reasons a reader can check.
/// </summary>
internal static class LinearExplainer
{
    public static IReadOnlyList<FeatureContribution> Explain(LinearScorer scorer, List<(int Slot, float Value)> features, StanceLabel label, int top, string normalizedText) =>
        features
            .Select(f => (f.Slot, Contribution: scorer.Weight(label, f.Slot) * f.Value))
            .Where(f => f.Contribution > 0)
            .Select(f => (Name: Readable(scorer, f.Slot), f.Contribution))
            .Where(f => f.Name is not null)
            .OrderByDescending(f => f.Contribution)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .Take(top)
            .Select(f => new FeatureContribution(WithCueWords(f.Name!, normalizedText), Math.Round(f.Contribution, 3)))
            .ToList();

    private static string? Readable(LinearScorer scorer, int slot)
    {
        if (slot < scorer.CharCount)
        {
            return null;
        }

        var name = scorer.SlotNames[slot];
        if (slot >= scorer.CueOffset)
        {
            return name.StartsWith("layout:", StringComparison.Ordinal) ? null : name;
        }

        return slot >= scorer.ContextOffset ? "before: " + name : name.Replace('|', ' ');
    }

    /// <summary>"cue:deny" becomes "cue:deny (denies)": the words of the sentence that fired the cue.</summary>
    private static string WithCueWords(string feature, string normalizedText)
    {
        const string prefix = "cue:";
        if (!feature.StartsWith(prefix, StringComparison.Ordinal))
        {
            return feature;
        }

        var group = feature[prefix.Length..];
        var words = CueLexicon.Default.Explain(normalizedText).Where(m => m.Group == group).Select(m => m.Match).Distinct().Take(2).ToList();
        return words.Count == 0 ? feature : $"{feature} ({string.Join(", ", words)})";
    }
}
