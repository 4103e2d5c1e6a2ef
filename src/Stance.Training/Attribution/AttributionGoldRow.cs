using Stance.Model.Labels;

namespace Stance.Training.Attribution;

/// <summary>One annotated sentence of data/attribution/gold.tsv, with its mentions read back from the article.</summary>
/// <param name="ArticleId">The article ("fakes-syria/fk_001", "seeds/000_...").</param>
/// <param name="SentenceId">The sentence.</param>
/// <param name="Labels">Its gold moves.</param>
/// <param name="Split">"tune" or "heldout".</param>
/// <param name="Pass">The annotation pass (A, B, or C for the second annotation).</param>
/// <param name="Answer">Speaker, target and respondsTo as annotated.</param>
public sealed record AttributionGoldRow(string ArticleId, int SentenceId, LabelSet Labels, string Split, string Pass, AttributionAnswer Answer);
