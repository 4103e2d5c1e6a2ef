namespace Stance.Model.Reading;

/// <summary>What a document says about itself; every field is null when the document does not say.</summary>
/// <param name="Title">The article's title (web page: og:title, JSON-LD, &lt;title&gt; without the site name, h1; Markdown: front matter or first heading).</param>
/// <param name="Byline">The author line.</param>
/// <param name="SiteName">The publishing site.</param>
/// <param name="Published">Publication date, ISO 8601 (yyyy-MM-dd, with the time when the page gives one).</param>
public sealed record DocumentMetadata(string? Title = null, string? Byline = null, string? SiteName = null, string? Published = null)
{
    /// <summary>No metadata (plain text).</summary>
    public static DocumentMetadata None { get; } = new();

    /// <summary>True when no field is set.</summary>
    public bool IsEmpty => Title is null && Byline is null && SiteName is null && Published is null;
}
