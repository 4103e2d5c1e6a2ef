using Stance.Model.Labels;

namespace Stance.Model.Data;

/// <summary>One row of a labeled sentence file (LABELS.md format).</summary>
/// <param name="ArticleId">Stable name of the article.</param>
/// <param name="SentenceId">1-based position in the article.</param>
/// <param name="Labels">The gold labels.</param>
/// <param name="Text">The sentence; empty when it is to be read from <paramref name="Reference"/>.</param>
/// <param name="Provenance">The optional provenance column (seed, authored, real, ...), or empty.</param>
/// <param name="Reference">Where the sentence lives in a corpus file, when the file says; null otherwise.</param>
public sealed record LabeledSentence(string ArticleId, int SentenceId, LabelSet Labels, string Text, string Provenance = "", SourceReference? Reference = null);
