using Stance.Model.Text;

namespace Stance.Model.Segmentation;

/// <summary>One sentence of an article as the segmenter found it.</summary>
/// <param name="Id">1-based position in the article.</param>
/// <param name="Start">Offset of the first character in the original text.</param>
/// <param name="End">Offset just past the last character in the original text (exclusive).</param>
/// <param name="Text">The sentence with HTML removed, entities decoded and white space collapsed: what is classified.</param>
/// <param name="IsBoilerplate">True for site furniture ("Share this article", mirror addresses, related links).</param>
public sealed record Sentence(int Id, int Start, int End, string Text, bool IsBoilerplate)
{
    /// <summary>Number of words (tokens containing a letter or digit).</summary>
    public int WordCount => Words.Count(Text);
}
