namespace Stance.Model.Text;

/// <summary>Word counting shared by the segmenter and the features.</summary>
public static class Words
{
    /// <summary>Number of whitespace-separated tokens that contain a letter or digit.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inToken = false;
        var tokenHasWordChar = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inToken && tokenHasWordChar)
                {
                    count++;
                }

                inToken = false;
                tokenHasWordChar = false;
                continue;
            }

            inToken = true;
            tokenHasWordChar |= char.IsLetterOrDigit(c);
        }

        return inToken && tokenHasWordChar ? count + 1 : count;
    }
}
