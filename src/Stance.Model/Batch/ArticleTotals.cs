namespace Stance.Model.Batch;

/// <summary>
/// What a batch keeps of one labeled article once its record is written: enough to rebuild
/// every count, table and ranking after a resume without reading the output back.
/// </summary>
/// <param name="Path">The file's path as found.</param>
/// <param name="Sha256">SHA-256 of its bytes.</param>
/// <param name="Sentences">All sentences, boilerplate included.</param>
/// <param name="ContentSentences">Sentences that are not boilerplate (the ones labeled).</param>
/// <param name="LabelCounts">Content sentences per label, in label order.</param>
public sealed record ArticleTotals(string Path, string Sha256, int Sentences, int ContentSentences, IReadOnlyList<int> LabelCounts)
{
    /// <summary>Share of content sentences carrying label <paramref name="label"/> (rounded as in the article summary).</summary>
    public double Share(int label) => ContentSentences == 0 ? 0 : Math.Round(LabelCounts[label] / (double)ContentSentences, 4);
}
