namespace Stance.Model.Data;

/// <summary>
/// One article of labeled data with all its sentences, labeled or not, in reading order, so
/// that features of the neighbouring sentences are the real neighbours even when only some
/// sentences were labeled.
/// </summary>
/// <param name="Id">The article's name (the source path without extension for corpus articles).</param>
/// <param name="Sentences">Every sentence's text, in reading order.</param>
/// <param name="Boilerplate">Per sentence, whether it is site boilerplate.</param>
/// <param name="Labeled">Per sentence, its labeled row, or null when it was not labeled.</param>
public sealed record LabeledArticle(string Id, IReadOnlyList<string> Sentences, IReadOnlyList<bool> Boilerplate, IReadOnlyList<LabeledSentence?> Labeled);
