namespace Stance.Model.Segmentation;

/// <summary>A half-open range [Start, End) of the clean text.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    /// <summary>The span without leading and trailing white space (may become empty).</summary>
    public TextSpan Trim(string text)
    {
        var start = Start;
        var end = End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
