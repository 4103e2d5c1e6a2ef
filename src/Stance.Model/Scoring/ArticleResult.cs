using Stance.Model.Reading;

namespace Stance.Model.Scoring;

/// <summary>A scored article: its sentences and a per-label summary.</summary>
/// <param name="Name">The article's file name as given, or "-".</param>
/// <param name="Sentences">Every sentence, in order.</param>
/// <param name="Summary">Per label, in canonical order.</param>
/// <param name="ContentSentences">Sentences that are not boilerplate (the base of the shares).</param>
/// <param name="OriginalText">The article's text as read; sentence offsets refer to it.</param>
/// <param name="Attributions">Speaker, target and respondsTo of every sentence that carries a move, or null when not computed.</param>
public sealed record ArticleResult(string Name, IReadOnlyList<ScoredSentence> Sentences, IReadOnlyList<LabelSummary> Summary, int ContentSentences, string OriginalText = "", IReadOnlyList<Attribution.SentenceAttribution>? Attributions = null)
{
    /// <summary>How the article was read (plain text, web page, Markdown).</summary>
    public DocumentFormat Format { get; init; }

    /// <summary>Title, byline, site and date when the document gives them.</summary>
    public DocumentMetadata Metadata { get; init; } = DocumentMetadata.None;

    /// <summary>The thresholds the labels were decided with, per label in canonical order (the model's unless overridden), or null when not recorded.</summary>
    public IReadOnlyList<double>? Thresholds { get; init; }

    /// <summary>The attribution of sentence <paramref name="id"/>, or null when it carries no move.</summary>
    public Attribution.SentenceAttribution? AttributionOf(int id) => Attributions?.FirstOrDefault(a => a.SentenceId == id);
}
