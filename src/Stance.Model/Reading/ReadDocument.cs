using Stance.Model.Segmentation;

namespace Stance.Model.Reading;

/// <summary>An article file read into sentences.</summary>
/// <param name="Format">How it was read.</param>
/// <param name="Metadata">Title, byline, site and date when the document gives them.</param>
/// <param name="Sentences">The sentences, with offsets into the original text.</param>
/// <param name="MainContentFound">Web pages: true when the article body was found and the rest of the page dropped; false when every visible text was kept (boilerplate flagged). Always true for other formats.</param>
public sealed record ReadDocument(DocumentFormat Format, DocumentMetadata Metadata, IReadOnlyList<Sentence> Sentences, bool MainContentFound = true);
