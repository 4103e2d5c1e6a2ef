namespace Stance.Model.Segmentation;

/// <summary>Settings of <see cref="Segmenter"/>. The defaults are the ones the shipped model was trained with.</summary>
public sealed class SegmenterOptions
{
    /// <summary>No sentence is longer than this many words; longer runs are split at the most plausible point.</summary>
    public int MaxWords { get; init; } = 60;

    /// <summary>
    /// A block whose words per sentence-ending mark exceed this is treated as punctuation-stripped text
    /// and split at capitalised sentence starters.
    /// </summary>
    public int StrippedWordsPerStop { get; init; } = 45;

    /// <summary>Blocks shorter than this many words are never treated as punctuation-stripped.</summary>
    public int StrippedMinWords { get; init; } = 30;

    /// <summary>Shortest unit, in words, the splitter of long runs may leave on either side of a split.</summary>
    public int MinSplitWords { get; init; } = 4;

    /// <summary>The default options.</summary>
    public static SegmenterOptions Default { get; } = new();
}
