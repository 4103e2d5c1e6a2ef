using Stance.Model.Labels;

namespace Stance.Model.Annotation;

/// <summary>A sentence to label: the model's suggestion and where the sentence lives.</summary>
/// <param name="ArticleId">The article's name (source path without extension).</param>
/// <param name="SentenceId">1-based position of the sentence in the article as segmented.</param>
/// <param name="Labels">The labels: the model's suggestion in a fresh queue, the annotator's decision in a session log.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Probabilities">The model's probability per label, in <see cref="StanceLabel"/> order.</param>
/// <param name="Corpus">The corpus folder, relative to the queue file's folder or absolute.</param>
/// <param name="Source">The article's path relative to <paramref name="Corpus"/>.</param>
/// <param name="Start">Offset of the sentence in the decoded article.</param>
/// <param name="End">Offset just past the sentence.</param>
/// <param name="Sha256">Leading hex digits of the SHA-256 of the sentence's text (see <see cref="Data.SourceReference.HashOf"/>).</param>
/// <param name="Strategy">How the sentence was picked: random or uncertain.</param>
public sealed record QueueRow(
    string ArticleId,
    int SentenceId,
    LabelSet Labels,
    string Text,
    IReadOnlyList<float> Probabilities,
    string Corpus,
    string Source,
    int Start,
    int End,
    string Sha256,
    string Strategy);
