namespace Stance.Model.Attribution;

/// <summary>A word of a sentence as the attributor sees it.</summary>
/// <param name="Start">Offset of its first character in the sentence.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Key">Lower case, apostrophes and full stops removed ("Russia's" and "Russias" give "russias").</param>
/// <param name="Caps">As <paramref name="Key"/> but keeping case ("U.S." gives "US"), for aliases that must match in capitals.</param>
/// <param name="BreakBefore">Punctuation (comma, quote, colon, bracket, dash) stands between it and the word before.</param>
internal readonly record struct WordToken(int Start, int End, string Key, string Caps, bool BreakBefore)
{
    private static readonly System.Buffers.SearchValues<char> Dropped = System.Buffers.SearchValues.Create(".'\u2019");

    public bool IsCapitalised => Caps.Length > 0 && char.IsUpper(Caps[0]);

    /// <summary>Splits <paramref name="text"/> into words; punctuation is kept only as breaks between them.</summary>
    public static List<WordToken> Read(string text)
    {
        var tokens = new List<WordToken>((text.Length / 6) + 4);
        var i = 0;
        var sawBreak = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                sawBreak |= c is ',' or ';' or ':' or '"' or '\u201c' or '\u201d' or '(' or ')' or '\u2014' or '\u2013' or '[' or ']' or '?' or '!'
                    || (c == '.' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
                    || (c is '\'' or '\u2018' or '\u2019' && (i == 0 || !char.IsLetter(text[i - 1])));
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '.' or '\'' or '\u2019' or '-' or '&' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            // "U.S." keeps its last full stop; a sentence's final full stop does not belong to the word.
            var end = i;
            if (end < text.Length && text[end] == '.' && end - start <= 3 && end >= 2 && text[end - 2] == '.')
            {
                end++;
                i++;
            }

            var word = text.AsSpan(start, end - start);
            var caps = word.IndexOfAny(Dropped) < 0 ? word.ToString() : string.Create(word.Length - word.Count('.') - word.Count('\'') - word.Count('\u2019'), (text, start, end), Keep);
            tokens.Add(new WordToken(start, end, caps.ToLowerInvariant(), caps, sawBreak));
            sawBreak = false;
        }

        return tokens;
    }

    // The word without full stops and apostrophes ("U.S." gives "US").
    private static void Keep(Span<char> into, (string Text, int Start, int End) word)
    {
        var n = 0;
        foreach (var ch in word.Text.AsSpan(word.Start, word.End - word.Start))
        {
            if (ch is not ('.' or '\'' or '\u2019'))
            {
                into[n++] = ch;
            }
        }
    }
}
