using Stance.Model.Reading.Html;
using Stance.Model.Reading.Markdown;
using Stance.Model.Segmentation;

namespace Stance.Model.Reading;

/// <summary>
/// Reads an article in any format Stance accepts into sentences: web pages keep only their main
/// content, Markdown is reduced to its text, and plain text is segmented as it always was
/// (boilerplate lines flagged, never labeled). Thread-safe.
/// </summary>
public sealed class DocumentReader(Segmenter? segmenter = null)
{
    private readonly Segmenter _segmenter = segmenter ?? new Segmenter();

    /// <summary>The segmenter used for every format.</summary>
    public Segmenter Segmenter => _segmenter;

    /// <summary>
    /// The format of an article: by extension (.html/.htm, .md/.markdown, anything else text);
    /// without a telling extension (standard input, "-"), text that starts as an HTML document is a web page.
    /// </summary>
    public static DocumentFormat FormatOf(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        return extension switch
        {
            ".html" or ".htm" or ".xhtml" => DocumentFormat.Html,
            ".md" or ".markdown" => DocumentFormat.Markdown,
            ".txt" or ".text" => DocumentFormat.Text,
            _ => LooksLikeHtmlDocument(text) ? DocumentFormat.Html : DocumentFormat.Text,
        };
    }

    /// <summary>Reads <paramref name="text"/> in the format <paramref name="name"/> implies. Never throws for any non-null text.</summary>
    public ReadDocument Read(string name, string text) => Read(text, FormatOf(name, text));

    /// <summary>Reads <paramref name="text"/> as <paramref name="format"/>. Never throws for any non-null text.</summary>
    public ReadDocument Read(string text, DocumentFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        switch (format)
        {
            case DocumentFormat.Html:
                var (page, pageMetadata, found) = HtmlPageReader.Read(text);
                return new ReadDocument(format, pageMetadata, _segmenter.Segment(page), found);
            case DocumentFormat.Markdown:
                try
                {
                    var (markdown, metadata) = MarkdownReader.Read(text);
                    return new ReadDocument(format, metadata, _segmenter.Segment(markdown));
                }
                catch (ArgumentException)
                {
                    // Markdig refuses nesting past its depth limit (thousands of '>' or list markers):
                    // such a file is not sensible Markdown, and is read as the plain text it is.
                    return new ReadDocument(DocumentFormat.Text, DocumentMetadata.None, _segmenter.Segment(text));
                }
            default:
                return new ReadDocument(DocumentFormat.Text, DocumentMetadata.None, _segmenter.Segment(text));
        }
    }

    private static bool LooksLikeHtmlDocument(string text)
    {
        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
