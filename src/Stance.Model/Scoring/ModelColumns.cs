using Stance.Model.Labels;

namespace Stance.Model.Scoring;

/// <summary>Column names shared by the training pipeline and the scorer.</summary>
public static class ModelColumns
{
    /// <summary>The probability column of a label, e.g. <c>p_cite_evidence</c>.</summary>
    public static string Probability(StanceLabel label) => "p_" + LabelSet.NameOf(label).Replace('-', '_');
}
