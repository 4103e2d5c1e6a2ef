using System.Globalization;
using System.Net;
using System.Text;
using Stance.Model.Labels;
using Stance.Model.Scoring;

namespace Stance.Cli.Formatting;

/// <summary>
/// A self-contained HTML page of one article: every sentence highlighted by its labels, the
/// probabilities and reasons on hover or keyboard focus, a bar chart of label shares and links
/// to every labeled sentence. Inline CSS and SVG only: no script, font or network request.
/// </summary>
internal sealed class HtmlFormatter : IArticleFormatter
{
    private static readonly string[] Colors = ["#c53030", "#2b6cb0", "#b7791f", "#2f855a"];
    private static readonly string[] Tints = ["#fde8e8", "#e6f0fb", "#fdf3dc", "#e3f4ea"];
    private static readonly string[] Plural = ["Accusations", "Denials", "Deflections", "Evidence"];

    public void Write(ArticleResult article, StanceModel model, TextWriter writer)
    {
        var title = Title(article);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"generator\" content=\"Stance report\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>{E(title)} - Stance</title><style>{Css}{ExchangeThreads.Css}</style></head><body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<header><p class=\"kicker\">Stance report &middot; {E(Path.GetFileName(article.Name))} &middot; {article.Sentences.Count} sentences ({article.Sentences.Count - article.ContentSentences} boilerplate)</p><h1>{E(title)}</h1>\n");
        html.Append(Byline(article.Metadata));
        html.Append(Chart(article));
        html.Append(Legend());
        html.Append(Jumps(article));
        html.Append(ExchangeThreads.Html(article));
        html.Append("</header>\n<main><article>\n<p>");
        var previousEnd = 0;
        foreach (var s in article.Sentences)
        {
            var gap = s.Start >= previousEnd && s.Start <= article.OriginalText.Length ? article.OriginalText[previousEnd..s.Start] : " ";
            html.Append(IsParagraphBreak(gap) ? "</p>\n<p>" : " ");
            html.Append(Sentence(s, article.AttributionOf(s.Id)));
            previousEnd = Math.Min(s.End, article.OriginalText.Length);
        }

        html.Append("</p>\n</article></main>\n");
        html.Append(CultureInfo.InvariantCulture, $"<footer>Model: {E(model.Source)} ({E(model.Manifest.Trainer)}); thresholds {E(string.Join(", ", LabelSet.All.Select(l => $"{LabelSet.NameOf(l)} {article.Thresholds?[(int)l] ?? model.Threshold(l):F2}")))}. Hover or focus (Tab) a sentence for its probabilities and reasons.</footer>\n</body></html>\n");
        writer.Write(html.ToString());
    }

    private static string Sentence(ScoredSentence s, Stance.Model.Attribution.SentenceAttribution? attribution)
    {
        var labels = LabelSet.All.Where(s.Labels.Contains).ToList();
        var classes = string.Join(' ', ["s", .. s.IsBoilerplate ? ["bp"] : labels.Select(LabelSet.NameOf)]);
        var style = labels.Count == 0 ? string.Empty
            : $" style=\"background:{Tints[(int)labels[0]]};box-shadow:{string.Join(',', labels.Select((l, i) => $"inset 0 -{3 * (i + 1)}px 0 {Colors[(int)l]}"))}\"";
        var chips = string.Concat(labels.Select(l => $"<span class=\"chip c{(int)l}\">{E(LabelSet.NameOf(l))}</span>"));
        var tip = new StringBuilder();
        tip.Append(CultureInfo.InvariantCulture, $"<span class=\"tip\" role=\"tooltip\"><b>#{s.Id}</b>{(s.IsBoilerplate ? " boilerplate (never labeled)" : string.Empty)}<br>");
        foreach (var l in LabelSet.All)
        {
            var p = s.Probabilities[(int)l];
            tip.Append(CultureInfo.InvariantCulture, $"<span class=\"pr\"><i class=\"c{(int)l}\" style=\"width:{p * 60:F0}px\"></i>{E(LabelSet.NameOf(l))} {p:F2}</span>");
        }

        foreach (var (label, reasons) in s.Explanations)
        {
            tip.Append(CultureInfo.InvariantCulture, $"<br><b>{E(LabelSet.NameOf(label))}</b>: {E(string.Join(", ", reasons.Select(r => r.Feature)))}");
        }

        tip.Append(ExchangeThreads.Tip(attribution));
        tip.Append("</span>");
        return $"<span class=\"{classes}\" id=\"s{s.Id}\" tabindex=\"0\"{style}>{E(s.Text)}{chips}{tip}</span>";
    }

    private static string Chart(ArticleResult article)
    {
        const int width = 360, row = 22, labelWidth = 110;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" width=\"{width + labelWidth + 80}\" height=\"{row * 4 + 4}\" role=\"img\" aria-label=\"Share of sentences per label\">");
        foreach (var l in article.Summary.Select((summary, i) => (summary, i)))
        {
            var y = (l.i * row) + 2;
            var bar = Math.Max(1, l.summary.Share * width);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 15}\">{E(l.summary.Label)}</text><rect class=\"bar c{l.i}\" x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{bar:F1}\" height=\"{row - 8}\" fill=\"{Colors[l.i]}\"></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + bar + 6:F1}\" y=\"{y + 15}\">{l.summary.Count} ({l.summary.Share:P0})</text>");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string Legend() =>
        "<p class=\"legend\">" + string.Concat(LabelSet.All.Select(l => $"<span class=\"chip c{(int)l}\">{E(LabelSet.NameOf(l))}</span> ")) + "<span class=\"s bp\">boilerplate</span></p>\n";

    private static string Jumps(ArticleResult article)
    {
        var html = new StringBuilder("<nav class=\"jumps\">");
        foreach (var l in LabelSet.All)
        {
            var ids = article.Sentences.Where(s => s.Labels.Contains(l)).Select(s => s.Id).ToList();
            html.Append(CultureInfo.InvariantCulture, $"<div><b class=\"t{(int)l}\">{Plural[(int)l]}</b> ");
            html.Append(ids.Count == 0 ? "<span class=\"none\">none</span>" : string.Join(' ', ids.Select(id => $"<a href=\"#s{id}\">#{id}</a>")));
            html.Append("</div>");
        }

        return html.Append("</nav>\n").ToString();
    }

    private static string Title(ArticleResult article) =>
        article.Metadata.Title ?? article.Sentences.FirstOrDefault(s => !s.IsBoilerplate && s.Text.Length > 0 && char.IsLetterOrDigit(s.Text[^1]))?.Text
        ?? Path.GetFileName(article.Name);

    /// <summary>Byline, site and date under the title, when the document gives any of them.</summary>
    private static string Byline(Stance.Model.Reading.DocumentMetadata metadata)
    {
        string?[] parts = [metadata.Byline, metadata.SiteName, metadata.Published];
        var given = parts.Where(p => p is not null).Select(p => E(p!)).ToList();
        return given.Count == 0 ? string.Empty : $"<p class=\"byline\">{string.Join(" &middot; ", given)}</p>\n";
    }

    private static bool IsParagraphBreak(string gap) =>
        gap.Contains('\n', StringComparison.Ordinal) || gap.Contains("<p", StringComparison.OrdinalIgnoreCase) || gap.Contains("<br", StringComparison.OrdinalIgnoreCase);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        body{font:17px/1.6 Georgia,'Times New Roman',serif;color:#1a202c;max-width:860px;margin:0 auto;padding:24px 28px 60px;background:#fff}
        header{border-bottom:1px solid #e2e8f0;margin-bottom:18px;padding-bottom:8px;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}
        .kicker{color:#718096;font-size:13px;margin:0;text-transform:uppercase;letter-spacing:.04em}
        h1{font-family:Georgia,serif;font-size:28px;line-height:1.25;margin:6px 0 12px}
        .chart text{font:13px system-ui,Arial,sans-serif;fill:#2d3748}
        .byline{color:#4a5568;font-size:14px;margin:-6px 0 10px}
        .legend{font-size:13px;margin:8px 0}
        .jumps{font-size:13px;display:grid;grid-template-columns:1fr 1fr;gap:2px 18px;margin:6px 0 8px}
        .jumps a{color:#2d3748;margin-right:4px}.jumps .none{color:#a0aec0}
        .t0{color:#c53030}.t1{color:#2b6cb0}.t2{color:#b7791f}.t3{color:#2f855a}
        .chip{display:inline-block;font:11px/1.4 system-ui,Arial,sans-serif;color:#fff;border-radius:8px;padding:0 6px;margin-left:4px;vertical-align:2px}
        .c0{background:#c53030}.c1{background:#2b6cb0}.c2{background:#b7791f}.c3{background:#2f855a}
        .s{position:relative;border-radius:2px;padding:1px 0;cursor:help;outline:none}
        .s:focus{outline:2px solid #4a5568;outline-offset:1px}
        .s.bp{color:#a0aec0;font-size:14px}
        .tip{display:none;position:absolute;left:0;top:100%;z-index:10;min-width:240px;max-width:420px;background:#1a202c;color:#f7fafc;font:12px/1.5 system-ui,Arial,sans-serif;padding:8px 10px;border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.25)}
        .s:hover>.tip,.s:focus>.tip{display:block}
        .pr{display:block}.pr i{display:inline-block;height:8px;margin-right:6px;border-radius:2px;vertical-align:0}
        footer{margin-top:30px;color:#718096;font:12px system-ui,Arial,sans-serif}
        """;
}
