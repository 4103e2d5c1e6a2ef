using System.Globalization;
using System.Net;
using System.Text;
using Stance.Model.Batch;
using Stance.Model.Labels;
using Stance.Model.Scoring;

namespace Stance.Cli.Formatting;

/// <summary>
/// The HTML report of a batch: one page per article in a folder beside the overview, and an
/// overview with label shares per top-level folder, the articles ranked by denial and by
/// deflection share, and the skipped files. Pages stay small however many articles there are.
/// </summary>
internal sealed class BatchReportWriter(string overviewPath, StanceModel model, Func<string, string> folderOf)
{
    private const int Ranked = 50;
    private static readonly string[] Colors = ["#c53030", "#2b6cb0", "#b7791f", "#2f855a"];

    private readonly string _pagesFolder = PagesFolderOf(overviewPath);

    /// <summary>The folder of article pages beside an overview (report.html gives report-articles/).</summary>
    public static string PagesFolderOf(string overviewPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(overviewPath))!, Path.GetFileNameWithoutExtension(overviewPath) + "-articles");
    private readonly List<(string Path, string Page, string Folder, double Deny, double Deflect, int Sentences)> _articles = [];
    private readonly HtmlFormatter _formatter = new();

    /// <summary>Writes one article's page (atomically); its name depends only on the article's path, so a resumed run writes the same pages.</summary>
    public void Add(ArticleRecord record)
    {
        Directory.CreateDirectory(_pagesFolder);
        AtomicFile.Write(Path.Combine(_pagesFolder, PageOf(record.Path)), writer => _formatter.Write(record.Result, model, writer));
    }

    /// <summary>Remembers an article of the run (labeled now or before a resume) for the overview's tables.</summary>
    public void Remember(ArticleTotals totals) =>
        _articles.Add((totals.Path, PageOf(totals.Path), folderOf(totals.Path), totals.Share(1), totals.Share(2), totals.ContentSentences));

    /// <summary>The page file of an article: its readable name plus a hash of the whole path (two folders may hold the same name).</summary>
    public static string PageOf(string articlePath)
    {
        var name = new string(Path.GetFileNameWithoutExtension(articlePath).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(articlePath)))[..10];
        return $"{(name.Length > 60 ? name[..60] : name)}-{hash}.html";
    }

    /// <summary>Extra HTML placed before the skipped files (the "who accuses whom" matrix), or empty.</summary>
    public string ActorSection { get; set; } = string.Empty;

    /// <summary>Writes the overview page.</summary>
    public void WriteOverview(BatchReport report)
    {
        var pages = Path.GetFileName(_pagesFolder);
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"generator\" content=\"Stance batch report\"><title>Stance batch report</title><style>");
        html.Append("body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1a202c;max-width:1000px;margin:0 auto;padding:24px}h1{font-size:26px}h2{font-size:19px;margin-top:28px;border-bottom:1px solid #e2e8f0}table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:3px 8px;border-bottom:1px solid #edf2f7;font-size:13px}td.n{text-align:right}a{color:#2b6cb0}.chip{display:inline-block;color:#fff;border-radius:8px;padding:0 6px;font-size:11px;margin-right:4px}svg text{font:12px system-ui,Arial,sans-serif;fill:#2d3748}.muted{color:#718096}" + ActorMatrixHtml.Css + "</style></head><body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Stance batch report</h1><p class=\"muted\">{report.Labeled} of {report.Files} articles labeled, {report.Errors.Count} skipped; model {E(model.Source)} ({E(model.Manifest.Trainer)}).</p>\n");
        html.Append("<p>" + string.Concat(LabelSet.All.Select(l => $"<span class=\"chip\" style=\"background:{Colors[(int)l]}\">{E(LabelSet.NameOf(l))}</span>")) + "</p>\n");
        html.Append("<h2>Label shares per folder</h2>\n");
        html.Append(FolderChart(report));
        html.Append(Ranking("Articles ranked by share of denials", a => a.Deny, pages));
        html.Append(Ranking("Articles ranked by share of deflections", a => a.Deflect, pages));
        html.Append(ActorSection);
        html.Append("<h2>Skipped files</h2>\n");
        html.Append(report.Errors.Count == 0 ? "<p class=\"muted\">none</p>\n" : "<table><tr><th>file</th><th>reason</th></tr>" + string.Concat(report.Errors.Select(e => $"<tr><td>{E(e.Path)}</td><td>{E(e.Reason)}</td></tr>")) + "</table>\n");
        html.Append("</body></html>\n");
        AtomicFile.Write(overviewPath, writer => writer.Write(html.ToString()));
    }

    private static string FolderChart(BatchReport report)
    {
        const int labelWidth = 260, barWidth = 520, row = 26;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg width=\"{labelWidth + barWidth + 10}\" height=\"{(report.Folders.Count * row) + 6}\" role=\"img\" aria-label=\"Label shares per folder\">");
        var y = 2;
        foreach (var (folder, totals) in report.Folders)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 16}\">{E(Shorten(folder, 38))} ({totals.Articles})</text>");
            double x = labelWidth;
            for (var l = 0; l < 4; l++)
            {
                // Shares can sum past 100% (a sentence may carry several labels): scale the stack to the sum.
                var share = totals.Sentences == 0 ? 0 : totals.LabelCounts[l] / (double)totals.Sentences;
                var width = share * barWidth / Math.Max(1, totals.LabelCounts.Sum() / (double)Math.Max(1, totals.Sentences));
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:F1}\" y=\"{y + 4}\" width=\"{width:F1}\" height=\"{row - 10}\" fill=\"{Colors[l]}\"><title>{E(LabelSet.Names[l])}: {share:P1} of sentences</title></rect>");
                x += width;
            }

            y += row;
        }

        return svg.Append("</svg>\n").ToString();
    }

    private string Ranking(string title, Func<(string Path, string Page, string Folder, double Deny, double Deflect, int Sentences), double> key, string pages)
    {
        var top = _articles.Where(a => a.Sentences >= 3).OrderByDescending(key).ThenBy(a => a.Path, StringComparer.Ordinal).Take(Ranked).ToList();
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(title)} (top {top.Count})</h2><table><tr><th>share</th><th>sentences</th><th>article</th><th>folder</th></tr>");
        foreach (var a in top)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"n\">{key(a):P0}</td><td class=\"n\">{a.Sentences}</td><td><a href=\"{E(pages)}/{E(a.Page)}\">{E(Path.GetFileName(a.Path))}</a></td><td>{E(Shorten(a.Folder, 50))}</td></tr>");
        }

        return html.Append("</table>\n").ToString();
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : "\u2026" + text[^(max - 1)..];

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
