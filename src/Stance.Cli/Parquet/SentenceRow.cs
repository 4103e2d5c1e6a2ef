namespace Stance.Cli.Parquet;

/// <summary>
/// One row of the Parquet output: a sentence with its article's path and hash repeated. An
/// article with no sentence keeps one row whose sentence columns are null, so that no labeled
/// article disappears from the file (merge counts articles by their rows).
/// </summary>
internal sealed record SentenceRow(
    string Path,
    string Sha256,
    string ArticleId,
    int? SentenceId,
    int? Start,
    int? End,
    bool? Boilerplate,
    string? Labels,
    bool?[] Has,
    double?[] Probabilities,
    string?[] Attribution,
    int? RespondsTo,
    string? Text);
