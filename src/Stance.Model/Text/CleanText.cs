namespace Stance.Model.Text;

/// <summary>
/// Article text with HTML tags removed, entities decoded and invisible characters dropped,
/// keeping for every character the span of the original text it came from.
/// </summary>
/// <remarks>
/// Classification runs on <see cref="Value"/>; offsets reported to users are always into the
/// original text, so a highlighted sentence lines up with the file the user gave us.
/// </remarks>
public sealed class CleanText
{
    private readonly int[] _originalStart;
    private readonly int[] _originalEnd;

    internal CleanText(string value, int[] originalStart, int[] originalEnd, int originalLength)
    {
        Value = value;
        _originalStart = originalStart;
        _originalEnd = originalEnd;
        OriginalLength = originalLength;
    }

    /// <summary>The cleaned text. Line breaks of the original (and of block-level tags) are kept as '\n'.</summary>
    public string Value { get; }

    /// <summary>Length of the original text.</summary>
    public int OriginalLength { get; }

    /// <summary>Original offset where clean character <paramref name="index"/> starts.</summary>
    public int OriginalStart(int index) => index >= _originalStart.Length ? OriginalLength : _originalStart[index];

    /// <summary>Original offset just after clean character <paramref name="index"/>.</summary>
    public int OriginalEnd(int index) => index >= _originalEnd.Length ? OriginalLength : _originalEnd[index];

    /// <summary>Cleans <paramref name="original"/>; never throws for any string.</summary>
    public static CleanText From(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        return HtmlRemnantCleaner.Clean(original);
    }
}
