using System.Globalization;
using Stance.Model.Scoring;

namespace Stance.Cli.Formatting;

/// <summary>
/// The LABELS.md format plus probability and boilerplate columns: a scored file can be
/// corrected by hand and used as a gold file.
/// </summary>
internal sealed class TsvFormatter : IArticleFormatter
{
    public static readonly string Header = "article_id\tsentence_id\tlabels\ttext\tp_accuse\tp_deny\tp_deflect\tp_cite_evidence\tboilerplate\t" + string.Join('\t', AttributionColumns.Names);

    public void Write(ArticleResult article, StanceModel model, TextWriter writer)
    {
        writer.Write(Header + "\n");
        var articleId = ArticleId(article.Name);
        foreach (var s in article.Sentences)
        {
            var p = string.Join('\t', s.Probabilities.Select(v => v.ToString("F4", CultureInfo.InvariantCulture)));
            var attribution = string.Join('\t', AttributionColumns.Values(article.AttributionOf(s.Id)).Select(v => v.Replace('\t', ' ')));
            writer.Write($"{articleId}\t{s.Id}\t{s.Labels}\t{s.Text.Replace('\t', ' ')}\t{p}\t{(s.IsBoilerplate ? 1 : 0)}\t{attribution}\n");
        }
    }

    /// <summary>The file name without extension, as LABELS.md asks; "stdin" for standard input.</summary>
    public static string ArticleId(string name) => name == "-" ? "stdin" : Path.GetFileNameWithoutExtension(name);
}
