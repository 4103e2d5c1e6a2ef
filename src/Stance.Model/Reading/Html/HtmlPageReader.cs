using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Stance.Model.Text;

namespace Stance.Model.Reading.Html;

/// <summary>
/// Reads a saved web page: parses it with AngleSharp, finds the article body with SmartReader
/// (Mozilla Readability's scoring), and turns the body's text into clean text whose every
/// character maps back into the original file. Page furniture is never text, inside the body
/// or out. When no article body can be found, all visible text is kept and the segmenter's
/// boilerplate detection does what it can.
/// </summary>
internal static partial class HtmlPageReader
{
    // SmartReader wants a base address to resolve links against; nothing is fetched.
    private const string LocalAddress = "https://localhost/";

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "summary",
        "table", "td", "th", "tr", "ul", "body", "center", "legend",
    };

    public static (CleanText Clean, DocumentMetadata Metadata, bool MainContentFound) Read(string original)
    {
        var document = Parse(original);
        var root = (INode?)document.Body ?? document.DocumentElement;
        var map = SourceMap.Build(original, document.DocumentElement);
        var furniture = PageFurniture.Collect(root);
        var matcher = new TextNodeMatcher(root, map);

        // Readability strips class names, so remember beforehand which inline elements are captions.
        var captions = Captions(root);

        IElement? content = null;
        SmartReader.Article article;
        using (var reader = new SmartReader.Reader(LocalAddress, document))
        {
            reader.AddCustomOperationEnd(element => content = element);
            article = reader.GetArticle();
        }

        var builder = new MappedTextBuilder(original.Length);
        var found = article.IsReadable && content is not null;
        if (found)
        {
            Emit(content!, builder, matcher, furniture, captions);
        }

        if (builder.IsEmpty)
        {
            // Readability found nothing (or nothing left after furniture): read the whole page again, untouched.
            found = false;
            document = Parse(original);
            root = (INode?)document.Body ?? document.DocumentElement;
            map = SourceMap.Build(original, document.DocumentElement);
            Emit(root, builder, new TextNodeMatcher(root, map), PageFurniture.Collect(root), Captions(root));
        }

        return (builder.Build(), Metadata(article, document), found);
    }

    private static IHtmlDocument Parse(string original) =>
        new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(original);

    /// <summary>Inline elements marked as captions or photo credits: they are blocks of their own, not part of the next sentence.</summary>
    private static HashSet<IElement> Captions(INode root)
    {
        var captions = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var element in root.Descendants<IElement>())
        {
            if (element.ClassName is { } classes && CaptionClass().IsMatch(classes))
            {
                captions.Add(element);
            }
        }

        return captions;
    }

    private static void Emit(INode node, MappedTextBuilder builder, TextNodeMatcher matcher, HashSet<IText> furniture, HashSet<IElement> captions)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    if (matcher.Resolve(text) is { } source && !furniture.Contains(source.Node))
                    {
                        for (var i = 0; i < text.Data.Length; i++)
                        {
                            builder.Append(text.Data[i], source.Spans.Starts[i], source.Spans.Ends[i]);
                        }
                    }

                    break;
                case IElement element when element.LocalName == "br":
                    builder.LineBreak();
                    break;
                case IElement element:
                    var block = BlockElements.Contains(element.LocalName) || captions.Contains(element);
                    if (block)
                    {
                        builder.BlockBreak();
                    }

                    Emit(element, builder, matcher, furniture, captions);
                    if (block)
                    {
                        builder.BlockBreak();
                    }

                    break;
            }
        }
    }

    private static DocumentMetadata Metadata(SmartReader.Article article, IHtmlDocument document)
    {
        var title = Clean(article.Title) ?? Clean(document.Title) ?? Clean(document.QuerySelector("h1")?.TextContent);
        var byline = Clean(article.Byline) ?? Clean(article.Author);
        var published = article.PublicationDate is { } date
            ? date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
            : null;
        return new DocumentMetadata(title, byline, Clean(article.SiteName), published);
    }

    [GeneratedRegex(@"caption|credit|attribution", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionClass();

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
