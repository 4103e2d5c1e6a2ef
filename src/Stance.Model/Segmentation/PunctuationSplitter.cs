namespace Stance.Model.Segmentation;

/// <summary>Splits a block at sentence-ending punctuation, minding abbreviations, initials, figures and quotes.</summary>
internal sealed class PunctuationSplitter(SegmentationLexicon lexicon)
{
    /// <summary>Appends the sentences of <paramref name="block"/> to <paramref name="output"/>.</summary>
    public void Split(string text, TextSpan block, List<TextSpan> output)
    {
        var sentenceStart = block.Start;
        var end = block.End;
        var i = block.Start;
        while (i < end)
        {
            if (!Punctuation.IsTerminal(text[i]))
            {
                i++;
                continue;
            }

            var runEnd = i;
            while (runEnd < end && Punctuation.IsTerminal(text[runEnd]))
            {
                runEnd++;
            }

            var closeEnd = runEnd;
            while (closeEnd < end && Punctuation.IsCloser(text[closeEnd]))
            {
                closeEnd++;
            }

            // No white space after the mark: a decimal, a URL, "U.S.-led", an inner "?!".
            if (closeEnd >= end || !char.IsWhiteSpace(text[closeEnd]))
            {
                i = closeEnd;
                continue;
            }

            var next = closeEnd;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < end && EndsSentence(text, sentenceStart, i, runEnd, next, end))
            {
                output.Add(new TextSpan(sentenceStart, closeEnd));
                sentenceStart = next;
            }

            i = next;
        }

        if (sentenceStart < end)
        {
            output.Add(new TextSpan(sentenceStart, end));
        }
    }

    private bool EndsSentence(string text, int sentenceStart, int markStart, int markEnd, int next, int end)
    {
        var wordStart = next;
        while (wordStart < end && Punctuation.IsOpener(text[wordStart]))
        {
            wordStart++;
        }

        if (wordStart >= end)
        {
            return true;
        }

        // "... have never hit ... so-called places": an ellipsis or abbreviation inside a sentence.
        if (char.IsLower(text[wordStart]))
        {
            return false;
        }

        var isSingleDot = markEnd - markStart == 1 && text[markStart] == '.';
        if (!isSingleDot)
        {
            return true;
        }

        var tokenStart = markStart;
        while (tokenStart > sentenceStart && !char.IsWhiteSpace(text[tokenStart - 1]))
        {
            tokenStart--;
        }

        while (tokenStart < markStart && Punctuation.IsOpener(text[tokenStart]))
        {
            tokenStart++;
        }

        var token = text[tokenStart..markStart];
        if (token.Length == 0)
        {
            return true;
        }

        var nextWord = ReadWord(text, wordStart, end);
        var startsClearly = IsClearStarter(nextWord);

        if (token.Length == 1 && char.IsUpper(token[0]))
        {
            // An initial, as in "George W. Bush".
            return false;
        }

        if (IsDottedAcronym(token))
        {
            return startsClearly;
        }

        return lexicon.Abbreviations.TryGetValue(token.ToLowerInvariant(), out var kind)
            ? kind != AbbreviationKind.Title && startsClearly
            : true;
    }

    private bool IsClearStarter(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && lexicon.Starters.Contains(word.ToLowerInvariant());

    /// <summary>"U.S", "U.N", "a.m", "e.g": letters separated by dots (the final dot already removed).</summary>
    private static bool IsDottedAcronym(string token)
    {
        if (token.Length < 3)
        {
            return false;
        }

        for (var k = 0; k < token.Length; k++)
        {
            var expectLetter = k % 2 == 0;
            if (expectLetter ? !char.IsLetter(token[k]) : token[k] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static string ReadWord(string text, int start, int end)
    {
        var k = start;
        while (k < end && (char.IsLetterOrDigit(text[k]) || text[k] == '\''))
        {
            k++;
        }

        return text[start..k];
    }
}
