using Stance.Model.Scoring;

namespace Stance.Model.Batch;

/// <summary>One labeled article of a batch.</summary>
/// <param name="Path">The file's path as found.</param>
/// <param name="Sha256">SHA-256 of its bytes.</param>
/// <param name="Result">Its sentences and summary.</param>
public sealed record ArticleRecord(string Path, string Sha256, ArticleResult Result);
