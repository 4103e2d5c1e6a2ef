namespace Stance.Model.Reading;

/// <summary>How an article file is read.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text (scraped articles, possibly with HTML remnants): every line read, boilerplate flagged.</summary>
    Text,

    /// <summary>A saved web page: parsed, its main content kept, the rest of the page dropped.</summary>
    Html,

    /// <summary>Markdown: front matter as metadata, markup reduced to text, code dropped.</summary>
    Markdown,
}
