namespace Stance.Model.Segmentation;

/// <summary>Character classes used to find sentence ends.</summary>
internal static class Punctuation
{
    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026';

    /// <summary>Characters that may follow the end mark and still belong to the sentence: closing quotes and brackets.</summary>
    public static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB' or '\u203A';

    /// <summary>Characters that may open a sentence before its first word.</summary>
    public static bool IsOpener(char c) => c is '"' or '\'' or '(' or '[' or '\u201C' or '\u2018' or '\u00AB' or '\u2039' or '\u2014' or '\u2013' or '-' or '*' or '\u2022';

    /// <summary>The letters and digits of a token, e.g. "Syria," gives "Syria".</summary>
    public static string Core(ReadOnlySpan<char> token)
    {
        Span<char> buffer = token.Length <= 128 ? stackalloc char[token.Length] : new char[token.Length];
        var n = 0;
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer[..n]);
    }
}
