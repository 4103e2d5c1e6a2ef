namespace Stance.Model.Scoring;

/// <summary>How often one label occurs in an article, and its most confident sentence.</summary>
/// <param name="Label">The label name.</param>
/// <param name="Count">Sentences carrying it.</param>
/// <param name="Share">Count / sentences (boilerplate excluded from both).</param>
/// <param name="MostConfidentId">Id of the labeled sentence with the highest probability, or null.</param>
/// <param name="MostConfidentProbability">Its probability (0 when none).</param>
public sealed record LabelSummary(string Label, int Count, double Share, int? MostConfidentId, double MostConfidentProbability);
