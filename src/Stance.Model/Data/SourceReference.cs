namespace Stance.Model.Data;

/// <summary>
/// Where a labeled sentence's text lives when the labeled file does not hold it: a span of a
/// corpus file. Lets labels of real articles be kept (and shared) without copying their text.
/// </summary>
/// <param name="LabeledFile">The labeled file the reference was read from (for messages).</param>
/// <param name="Line">Its line (for messages).</param>
/// <param name="Corpus">The corpus folder as the labeled file writes it (relative to that file's folder, or absolute).</param>
/// <param name="CorpusPath"><paramref name="Corpus"/> resolved against the labeled file's folder.</param>
/// <param name="Source">The article's path relative to the corpus folder, with '/' separators.</param>
/// <param name="Start">Offset of the sentence's first character in the decoded article (UTF-16 code units, as .NET strings count).</param>
/// <param name="End">Offset just past the sentence's last character.</param>
/// <param name="Sha256">Leading hex digits of the SHA-256 of the span's UTF-8 bytes when it was labeled, or empty; a mismatch means the corpus file changed.</param>
public sealed record SourceReference(string LabeledFile, int Line, string Corpus, string CorpusPath, string Source, int Start, int End, string Sha256)
{
    /// <summary>The hex digits of the SHA-256 Stance writes (16 of 64: enough to notice a changed file).</summary>
    public const int HashDigits = 16;

    /// <summary>The hash Stance writes for the text of a span.</summary>
    public static string HashOf(ReadOnlySpan<char> text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text.ToArray());
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..HashDigits];
    }
}
