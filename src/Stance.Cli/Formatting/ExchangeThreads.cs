using System.Globalization;
using System.Net;
using System.Text;
using Stance.Model.Attribution;
using Stance.Model.Labels;
using Stance.Model.Scoring;

namespace Stance.Cli.Formatting;

/// <summary>
/// The "Exchanges" section of an article's HTML page: each accusation (or reported claim) that is answered, with its
/// speaker and target, then the denials and deflections that answer it, each with its speaker.
/// Links go to the sentences in the text below.
/// </summary>
internal static class ExchangeThreads
{
    /// <summary>The section's HTML (a note when the article has no answered accusation).</summary>
    public static string Html(ArticleResult article)
    {
        var attributions = article.Attributions ?? [];
        var answers = attributions.Where(a => a.RespondsTo is not null).GroupBy(a => a.RespondsTo!.Value).OrderBy(g => g.Key).ToList();
        var html = new StringBuilder("<section class=\"threads\" aria-label=\"Exchanges\"><h2>Exchanges</h2>\n");
        if (answers.Count == 0)
        {
            return html.Append("<p class=\"none\">No denial or deflection here answers an accusation of this article.</p></section>\n").ToString();
        }

        foreach (var group in answers)
        {
            var accusation = article.AttributionOf(group.Key);
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"thread\" data-accusation=\"{group.Key}\">");
            // A denial may answer a claim reported without any move ("Bloomberg reported that ..."):
            // it is shown as the claim it is, not as an accusation.
            var answered = article.Sentences.FirstOrDefault(s => s.Id == group.Key);
            html.Append(Item(article, group.Key, accusation, answered is not null && answered.Labels.Contains(StanceLabel.Accuse) ? "accuse" : "claim"));
            html.Append("<ol class=\"answers\">");
            foreach (var answer in group.OrderBy(a => a.SentenceId))
            {
                var labels = article.Sentences.First(s => s.Id == answer.SentenceId).Labels;
                var move = labels.Contains(StanceLabel.Deny) ? "deny" : "deflect";
                html.Append("<li>").Append(Item(article, answer.SentenceId, answer, move)).Append("</li>");
            }

            html.Append("</ol></div>\n");
        }

        return html.Append("</section>\n").ToString();
    }

    /// <summary>Speaker and target of a sentence as one line, for its tooltip.</summary>
    public static string Tip(SentenceAttribution? a) =>
        a is null ? string.Empty
            : $"<br><b>speaker</b>: {E(a.Speaker.Actor.Canonical)}{(a.Target is { } t ? $" &rarr; <b>target</b>: {E(t.Actor.Canonical)}" : string.Empty)}{(a.RespondsTo is { } r ? $" (answers #{r})" : string.Empty)}";

    private static string Item(ArticleResult article, int id, SentenceAttribution? a, string move)
    {
        var sentence = article.Sentences.FirstOrDefault(s => s.Id == id);
        var text = sentence?.Text ?? string.Empty;
        var speaker = a?.Speaker.Actor.Canonical ?? (move == "claim" ? null : Actor.ReporterName);
        var target = a?.Target?.Actor.Canonical;
        return $"<div class=\"move m-{move}\" data-sentence=\"{id}\"><span class=\"who\">{(speaker is null ? string.Empty : $"<b class=\"speaker\">{E(speaker)}</b> ")}<i>{E(move)}</i>{(target is null ? string.Empty : $" <b class=\"target\">{E(target)}</b>")}</span> <a href=\"#s{id}\">#{id}</a> <q>{E(text.Length > 220 ? text[..220] + "\u2026" : text)}</q></div>";
    }

    /// <summary>The section's styles.</summary>
    public const string Css = """
        .threads{margin:10px 0 4px;font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}
        .threads h2{font-size:16px;margin:6px 0}.threads .none{color:#a0aec0}
        .thread{border-left:3px solid #c53030;padding:4px 10px;margin:8px 0;background:#fff8f8}
        .answers{margin:4px 0 2px 14px;padding:0;list-style:none}.answers li{border-left:3px solid #2b6cb0;padding:2px 8px;margin:4px 0;background:#f4f8fd}
        .answers li .m-deflect{border-color:#b7791f}
        .who i{color:#4a5568}.move q{color:#2d3748}.move a{color:#718096;font-size:12px}
        """;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
