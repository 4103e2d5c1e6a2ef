namespace Stance.Model.Reading.Markdown;

/// <summary>
/// Reads the few front matter keys Stance reports (title, author, site, date) from simple
/// <c>key: value</c> lines; anything else in the YAML is ignored rather than rejected.
/// </summary>
internal static class FrontMatter
{
    private static readonly string[] TitleKeys = ["title"];
    private static readonly string[] BylineKeys = ["author", "authors", "byline", "by"];
    private static readonly string[] SiteKeys = ["site", "site_name", "sitename", "publisher", "source"];
    private static readonly string[] DateKeys = ["date", "published", "publication_date", "pubdate"];

    public static DocumentMetadata Read(string yaml)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in yaml.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || char.IsWhiteSpace(line[0]) || line.StartsWith('#') || line.StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var value = Unquote(line[(colon + 1)..].Trim());
            if (value.Length > 0)
            {
                values.TryAdd(line[..colon].Trim(), value);
            }
        }

        return new DocumentMetadata(First(values, TitleKeys), First(values, BylineKeys), First(values, SiteKeys), First(values, DateKeys));
    }

    private static string? First(Dictionary<string, string> values, string[] keys) =>
        keys.Select(key => values.GetValueOrDefault(key)).FirstOrDefault(value => value is not null);

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && (value[0], value[^1]) is ('"', '"') or ('\'', '\''))
        {
            return value[1..^1];
        }

        // A list written inline: [Ana, Bo]
        return value.Length >= 2 && value[0] == '[' && value[^1] == ']' ? value[1..^1].Trim() : value;
    }
}
