namespace Stance.Model.Segmentation;

/// <summary>A white-space-separated token of the clean text.</summary>
/// <param name="Span">Where it stands.</param>
/// <param name="Core">Its letters and digits ("Russia's," gives "Russias").</param>
/// <param name="WideGapBefore">True when two or more spaces or a line break precede it: where stripped text lost a dash or full stop.</param>
internal readonly record struct Token(TextSpan Span, string Core, bool WideGapBefore)
{
    public bool IsCapitalised => Core.Length > 0 && char.IsUpper(Core[0]);

    public bool IsAllCaps => Core.Length > 1 && Core.All(c => !char.IsLetter(c) || char.IsUpper(c));

    public bool IsLowerWord => Core.Length > 0 && char.IsLower(Core[0]);

    public string Lower => Core.ToLowerInvariant();

    public static List<Token> Read(string text, TextSpan span)
    {
        var tokens = new List<Token>();
        var i = span.Start;
        var gap = 0;
        var gapHasBreak = false;
        while (i < span.End)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                gap++;
                gapHasBreak |= text[i] == '\n';
                i++;
                continue;
            }

            var start = i;
            while (i < span.End && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var core = Punctuation.Core(text.AsSpan(start, i - start));
            if (core.Length == 0 && tokens.Count > 0)
            {
                // A lone dash or bullet: it marks a break like a wide gap does, and belongs to the token before.
                var last = tokens[^1];
                tokens[^1] = last with { Span = new TextSpan(last.Span.Start, i) };
                gap = 2;
                continue;
            }

            tokens.Add(new Token(new TextSpan(start, i), core, tokens.Count > 0 && (gap >= 2 || gapHasBreak)));
            gap = 0;
            gapHasBreak = false;
        }

        return tokens;
    }
}
