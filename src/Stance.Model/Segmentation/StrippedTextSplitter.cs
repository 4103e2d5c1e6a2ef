namespace Stance.Model.Segmentation;

/// <summary>
/// Finds sentence-sized units in text whose punctuation was stripped (as scraped feeds deliver it),
/// and cuts any over-long run at its most plausible break so that no unit exceeds the word limit.
/// </summary>
internal sealed class StrippedTextSplitter(SegmentationLexicon lexicon, SegmenterOptions options)
{
    /// <summary>Splits <paramref name="span"/> at capitalised sentence starters, then caps unit length.</summary>
    public void SplitAtStarters(string text, TextSpan span, List<TextSpan> output)
    {
        var tokens = Token.Read(text, span);
        var forced = BoilerplateBoundaries(tokens);
        var unitStart = 0;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (forced.Contains(k) || (k - unitStart >= 2 && StartsUnit(tokens, k)))
            {
                CapLength(text, tokens, unitStart, k, output);
                unitStart = k;
            }
        }

        if (tokens.Count > 0)
        {
            CapLength(text, tokens, unitStart, tokens.Count, output);
        }
    }

    /// <summary>Emits <paramref name="span"/> as is, or cut into pieces of at most <see cref="SegmenterOptions.MaxWords"/> words.</summary>
    public void CapLength(string text, TextSpan span, List<TextSpan> output)
    {
        var tokens = Token.Read(text, span);
        if (tokens.Count <= options.MaxWords)
        {
            output.Add(span);
            return;
        }

        CapLength(text, tokens, 0, tokens.Count, output);
    }

    private void CapLength(string text, List<Token> tokens, int from, int to, List<TextSpan> output)
    {
        if (to - from <= options.MaxWords)
        {
            output.Add(new TextSpan(tokens[from].Span.Start, tokens[to - 1].Span.End));
            return;
        }

        var cut = BestCut(text, tokens, from, to);
        CapLength(text, tokens, from, cut, output);
        CapLength(text, tokens, cut, to, output);
    }

    /// <summary>Token indexes where a boilerplate phrase starts, or ends when it is a unit of its own.</summary>
    private HashSet<int> BoilerplateBoundaries(List<Token> tokens)
    {
        var boundaries = new HashSet<int>();
        for (var k = 0; k < tokens.Count; k++)
        {
            foreach (var (words, whole) in lexicon.StrippedBoilerplate)
            {
                if (!Matches(tokens, k, words))
                {
                    continue;
                }

                if (k > 0)
                {
                    boundaries.Add(k);
                }

                if (whole && k + words.Length < tokens.Count)
                {
                    boundaries.Add(k + words.Length);
                }
            }
        }

        return boundaries;
    }

    private static bool Matches(List<Token> tokens, int k, string[] words)
    {
        if (k + words.Length > tokens.Count || !tokens[k].IsCapitalised)
        {
            return false;
        }

        for (var w = 0; w < words.Length; w++)
        {
            if (tokens[k + w].Lower != words[w])
            {
                return false;
            }
        }

        return true;
    }

    private bool StartsUnit(List<Token> tokens, int k)
    {
        var previous = tokens[k - 1];
        var current = tokens[k];
        if (lexicon.NonFinal.Contains(previous.Lower) || IsReadMore(tokens, k - 2))
        {
            return false;
        }

        if (IsReadMore(tokens, k))
        {
            return true;
        }

        if (!current.IsCapitalised || current.IsAllCaps)
        {
            return false;
        }

        if (lexicon.Starters.Contains(current.Lower))
        {
            return true;
        }

        return lexicon.WeakStarters.Contains(current.Lower) && previous.IsLowerWord;
    }

    private static bool IsReadMore(List<Token> tokens, int k) =>
        k >= 0 && k + 1 < tokens.Count && tokens[k].Lower == "read" && tokens[k + 1].Lower == "more";

    private int BestCut(string text, List<Token> tokens, int from, int to)
    {
        var length = to - from;
        var middle = from + (length / 2.0);
        var best = from + (length / 2);
        var bestScore = double.NegativeInfinity;
        var margin = Math.Min(options.MinSplitWords, length / 3);
        for (var k = from + Math.Max(1, margin); k <= to - Math.Max(1, margin); k++)
        {
            var score = CutScore(text, tokens, k) - (1.5 * Math.Abs(k - middle) / length);
            if (score > bestScore)
            {
                bestScore = score;
                best = k;
            }
        }

        return best;
    }

    private double CutScore(string text, List<Token> tokens, int k)
    {
        var previous = tokens[k - 1];
        var current = tokens[k];
        if (lexicon.NonFinal.Contains(previous.Lower))
        {
            return -1;
        }

        var score = 0.0;
        var previousLast = text[previous.Span.End - 1];
        score += previousLast switch
        {
            '.' or '!' or '?' or ';' or ':' => 3,
            ',' => 1,
            _ => 0,
        };
        if (current.WideGapBefore)
        {
            score += 2.5;
        }

        if (current.IsCapitalised && (lexicon.Starters.Contains(current.Lower) || lexicon.WeakStarters.Contains(current.Lower)))
        {
            score += 2;
        }
        else if (current.IsCapitalised && previous.IsLowerWord)
        {
            score += 1;
        }
        else if (current.Lower is "and" or "but" or "while" or "whereas" or "which" or "because")
        {
            score += 0.5;
        }

        return score;
    }
}
