namespace Stance.Model.Input;

/// <summary>Limits of <see cref="ArticleReader"/>.</summary>
public sealed class ArticleReaderOptions
{
    /// <summary>Largest file read, in bytes; bigger files are refused, so memory stays bounded. News articles are kilobytes.</summary>
    public long MaxBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>How bytes are decoded; strict UTF-8 unless told otherwise, so nothing is silently misread.</summary>
    public TextEncoding Encoding { get; init; } = TextEncoding.Utf8;

    /// <summary>The defaults.</summary>
    public static ArticleReaderOptions Default { get; } = new();
}
