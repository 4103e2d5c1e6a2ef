using System.Globalization;
using ConsoleTables;
using Stance.Model.Labels;
using Stance.Model.Scoring;

namespace Stance.Cli.Formatting;

/// <summary>Human-readable tables: the sentences with labels and probabilities, why, and a summary.</summary>
internal sealed class TableFormatter(int width = TableFormatter.DefaultWidth) : IArticleFormatter
{
    public const int DefaultWidth = 120;
    private const int FixedColumns = 43;
    private const int MinTextWidth = 30;

    private static readonly string[] Short = ["acc", "den", "def", "cit"];

    public void Write(ArticleResult article, StanceModel model, TextWriter writer)
    {
        writer.Write($"{article.Name}: {article.Sentences.Count} sentences ({article.Sentences.Count - article.ContentSentences} boilerplate), model: {model.Source}\n\n");
        var textWidth = Math.Max(MinTextWidth, width - FixedColumns);

        // Fixed-width rows rather than ConsoleTables here: it wraps long cells, and sentences are long.
        writer.Write($"{"#",4}  {"labels",-15} {"acc",4} {"den",4} {"def",4} {"cit",4}  sentence\n");
        writer.Write(new string('-', Math.Min(width, FixedColumns + textWidth - 14)) + "\n");
        foreach (var s in article.Sentences)
        {
            var labels = s.IsBoilerplate ? "(boilerplate)" : Abbreviate(s.Labels);
            writer.Write($"{s.Id,4}  {labels,-15} {string.Join(' ', s.Probabilities.Select(P))}  {Truncate(s.Text, textWidth)}\n");
        }

        writer.Write("\nWhy (features that pushed each label most: weight x value):\n");
        foreach (var s in article.Sentences.Where(s => s.Explanations.Count > 0))
        {
            var reasons = s.Explanations.Select(e => $"{LabelSet.NameOf(e.Key)}: {string.Join(", ", e.Value.Select(c => $"{c.Feature} ({c.Contribution.ToString("F2", CultureInfo.InvariantCulture)})"))}");
            writer.Write($"{s.Id,4}  {string.Join("; ", reasons)}\n");
        }

        writer.Write("\nSummary:\n");
        var summary = new ConsoleTable("label", "sentences", "share", "most confident");
        foreach (var l in article.Summary)
        {
            summary.AddRow(l.Label, l.Count, l.Share.ToString("P0", CultureInfo.InvariantCulture), l.MostConfidentId is { } id ? $"#{id} (p={l.MostConfidentProbability.ToString("F2", CultureInfo.InvariantCulture)})" : "-");
        }

        writer.Write(summary.ToMinimalString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static string P(float p) => p.ToString("F2", CultureInfo.InvariantCulture).PadLeft(4);

    private static string Abbreviate(LabelSet labels) => labels.IsNone ? "-" : string.Join(",", LabelSet.All.Where(labels.Contains).Select(l => Short[(int)l]));

    private static string Truncate(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "\u2026");
}
