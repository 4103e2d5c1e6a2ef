using System.Globalization;
using System.Net;
using System.Text;
using Stance.Model.Attribution;

namespace Stance.Cli.Formatting;

/// <summary>
/// The "Who accuses whom" section of the batch overview: a matrix of the most connected actors,
/// rows the speakers and columns the targets, each cell the accusations (A), denials (D) and
/// deflections (F) between the pair, with one example sentence on hover.
/// </summary>
internal static class ActorMatrixHtml
{
    private static readonly string[] Moves = ["accuse", "deny", "deflect"];

    /// <summary>The section for the <paramref name="top"/> actors with the most edges.</summary>
    public static string Render(ActorGraph graph, int top)
    {
        var actors = graph.TopActors(top);
        var html = new StringBuilder("<h2 id=\"who-accuses-whom\">Who accuses whom</h2>\n");
        if (actors.Count == 0)
        {
            return html.Append("<p class=\"muted\">No move with both a speaker and a target was found.</p>\n").ToString();
        }

        var examples = graph.Edges().ToDictionary(e => (e.Source.Key, e.Target.Key, e.Move), e => e.Example);
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Top {actors.Count} actors by number of moves. Rows: who speaks; columns: at whom. Each cell: A accusations, D denials, F deflections (hover for an example).</p>\n");
        html.Append("<div style=\"overflow-x:auto\"><table class=\"matrix\"><thead><tr><th>speaker \\ target</th>");
        foreach (var a in actors)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th class=\"col\" title=\"{E(ActorTypes.NameOf(a.Type))}\"><span>{E(a.Canonical)}</span></th>");
        }

        html.Append("</tr></thead><tbody>\n");
        foreach (var source in actors)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th class=\"row\" title=\"{E(ActorTypes.NameOf(source.Type))}\">{E(source.Canonical)}</th>");
            foreach (var target in actors)
            {
                var counts = Moves.Select(m => graph.Count(source, target, m)).ToArray();
                if (counts.Sum() == 0)
                {
                    html.Append("<td></td>");
                    continue;
                }

                var example = Moves.Select(m => examples.GetValueOrDefault((source.Key, target.Key, m))).First(x => x is not null)!;
                var parts = string.Join(' ', new[] { ("A", counts[0]), ("D", counts[1]), ("F", counts[2]) }.Where(p => p.Item2 > 0).Select(p => $"{p.Item1}{p.Item2}"));
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"cell\" data-accuse=\"{counts[0]}\" data-deny=\"{counts[1]}\" data-deflect=\"{counts[2]}\" title=\"{E(example)}\">{parts}</td>");
            }

            html.Append("</tr>\n");
        }

        return html.Append("</tbody></table></div>\n").ToString();
    }

    /// <summary>The section's styles.</summary>
    public const string Css = ".matrix th.col{writing-mode:vertical-rl;transform:rotate(180deg);font-size:11px;max-height:160px;white-space:nowrap}.matrix th.row{font-size:12px;white-space:nowrap}.matrix td.cell{background:#fde8e8;text-align:center;font-size:11px;white-space:nowrap}.matrix td{border:1px solid #edf2f7;min-width:18px}";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
