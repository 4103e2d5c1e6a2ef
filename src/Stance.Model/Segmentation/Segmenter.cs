using System.Text;
using Stance.Model.Text;

namespace Stance.Model.Segmentation;

/// <summary>
/// Turns an article's text into numbered sentences with offsets into the original text.
/// Handles what scraped news really looks like: HTML remnants, headlines without full stops,
/// abbreviations and figures, quotes, repeated paragraphs, boilerplate, and text whose
/// punctuation was stripped.
/// </summary>
/// <remarks>Thread-safe: one instance may segment many articles at once.</remarks>
public sealed class Segmenter
{
    private readonly SegmenterOptions _options;
    private readonly SegmentationLexicon _lexicon;
    private readonly PunctuationSplitter _punctuation;
    private readonly StrippedTextSplitter _stripped;

    /// <summary>Creates a segmenter; <paramref name="options"/> defaults to <see cref="SegmenterOptions.Default"/>.</summary>
    public Segmenter(SegmenterOptions? options = null)
    {
        _options = options ?? SegmenterOptions.Default;
        _lexicon = SegmentationLexicon.Default;
        _punctuation = new PunctuationSplitter(_lexicon);
        _stripped = new StrippedTextSplitter(_lexicon, _options);
    }

    /// <summary>
    /// Segments <paramref name="text"/>. Sentences come in reading order, never overlap, never
    /// exceed <see cref="SegmenterOptions.MaxWords"/> words, and each contains a letter or digit.
    /// Repeated sentences are kept. Never throws for any non-null string.
    /// </summary>
    public IReadOnlyList<Sentence> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Segment(CleanText.From(text));
    }

    /// <summary>
    /// Segments text already cleaned by a document reader (web page, Markdown); offsets map back
    /// through <paramref name="clean"/> to the original file.
    /// </summary>
    public IReadOnlyList<Sentence> Segment(CleanText clean)
    {
        ArgumentNullException.ThrowIfNull(clean);
        var value = clean.Value;

        var spans = new List<TextSpan>();
        foreach (var block in BlockReader.Read(value, _lexicon))
        {
            SplitBlock(value, block, spans);
        }

        var kept = new List<(TextSpan Span, string Text)>(spans.Count);
        foreach (var span in spans)
        {
            var trimmed = span.Trim(value);
            if (HasLetterOrDigit(value, trimmed))
            {
                kept.Add((trimmed, CollapseWhiteSpace(value, trimmed)));
            }
        }

        var boilerplate = BoilerplateDetector.Default.Detect(kept.ConvertAll(k => k.Text));
        var sentences = new Sentence[kept.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            var (span, sentenceText) = kept[i];
            sentences[i] = new Sentence(i + 1, clean.OriginalStart(span.Start), clean.OriginalEnd(span.End - 1), sentenceText, boilerplate[i]);
        }

        return sentences;
    }

    private void SplitBlock(string text, TextSpan block, List<TextSpan> output)
    {
        var sentences = new List<TextSpan>();
        _punctuation.Split(text, block, sentences);
        var stripped = LooksStripped(text, block, sentences.Count);
        foreach (var sentence in sentences)
        {
            if (stripped)
            {
                _stripped.SplitAtStarters(text, sentence, output);
            }
            else
            {
                _stripped.CapLength(text, sentence, output);
            }
        }
    }

    private bool LooksStripped(string text, TextSpan block, int sentenceCount)
    {
        var words = Words.Count(text.AsSpan(block.Start, block.Length));
        return words >= _options.StrippedMinWords && words / (double)sentenceCount > _options.StrippedWordsPerStop;
    }

    private static bool HasLetterOrDigit(string text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string CollapseWhiteSpace(string text, TextSpan span)
    {
        var builder = new StringBuilder(span.Length);
        var pendingSpace = false;
        for (var i = span.Start; i < span.End; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
