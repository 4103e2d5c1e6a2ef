using Stance.Model.Text;

namespace Stance.Model.Segmentation;

/// <summary>
/// Splits clean text into blocks: lines, with a hard-wrapped line joined to the next when the
/// break clearly falls inside a sentence. Every block boundary is a sentence boundary, which is
/// what makes headlines and subheads without a final full stop sentences of their own.
/// </summary>
internal static class BlockReader
{
    public static List<TextSpan> Read(string text, SegmentationLexicon lexicon)
    {
        var lines = new List<TextSpan>();
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                lines.Add(new TextSpan(lineStart, i));
                lineStart = i + 1;
            }
        }

        var blocks = new List<TextSpan>();
        TextSpan? open = null;
        foreach (var raw in lines)
        {
            var line = raw.Trim(text);
            if (line.Length == 0)
            {
                if (open is { } finished)
                {
                    blocks.Add(finished);
                }

                open = null;
                continue;
            }

            if (open is { } current && ContinuesSentence(text, current, line, lexicon))
            {
                open = new TextSpan(current.Start, line.End);
                continue;
            }

            if (open is { } previous)
            {
                blocks.Add(previous);
            }

            open = line;
        }

        if (open is { } last)
        {
            blocks.Add(last);
        }

        return blocks;
    }

    private static bool ContinuesSentence(string text, TextSpan previous, TextSpan next, SegmentationLexicon lexicon)
    {
        var lastChar = text[previous.End - 1];
        if (Punctuation.IsTerminal(lastChar) || Punctuation.IsCloser(lastChar) || lastChar == ':')
        {
            return false;
        }

        var firstChar = text[next.Start];
        if (char.IsLower(firstChar))
        {
            return true;
        }

        var lastWordStart = previous.End;
        while (lastWordStart > previous.Start && !char.IsWhiteSpace(text[lastWordStart - 1]))
        {
            lastWordStart--;
        }

        var lastWord = text[lastWordStart..previous.End].ToLowerInvariant();
        return lastChar != ',' && lexicon.NonFinal.Contains(lastWord) && Words.Count(text.AsSpan(previous.Start, previous.Length)) > 3;
    }
}
