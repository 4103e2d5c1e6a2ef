namespace Stance.Model.Reading.Html;

/// <summary>For each character of a text node, the original span [start, end) it was read from.</summary>
internal sealed record CharSpans(int[] Starts, int[] Ends)
{
    public void Set(int index, int start, int end)
    {
        Starts[index] = start;
        Ends[index] = end;
    }
}
