using System.Globalization;
using ConsoleTables;
using Stance.Model.Labels;
using Stance.Model.Scoring;

namespace Stance.Cli.Formatting;

/// <summary>
/// Human-readable tables: the sentences with labels and probabilities, why, and a summary. The
/// whole table fits <c>width</c> columns: long sentences and reasons wrap onto continuation rows
/// inside their column, never cut, because the sentence is what a reader came to read.
/// </summary>
internal sealed class TableFormatter(int width = TableFormatter.DefaultWidth) : IArticleFormatter
{
    public const int DefaultWidth = 120;

    /// <summary>Narrowest table written: below it the sentence column would hold a word or two.</summary>
    public const int MinWidth = 60;

    private static readonly string[] Short = ["acc", "den", "def", "cit"];

    public void Write(ArticleResult article, StanceModel model, TextWriter writer)
    {
        var tableWidth = Math.Max(MinWidth, width);
        writer.Write($"{article.Name}: {article.Sentences.Count} sentences ({article.Sentences.Count - article.ContentSentences} boilerplate), model: {model.Source}\n\n");

        var labelWidth = article.Sentences.Select(s => Labels(s).Length).Append("labels".Length).Max();
        var idWidth = article.Sentences.Select(s => s.Id.ToString(CultureInfo.InvariantCulture).Length).Append(1).Max();
        // ToMinimalString separates columns with one space plus the cell padding on each side.
        var fixedWidth = idWidth + labelWidth + (4 * 4) + (7 * 3) - 1;
        var textWidth = Math.Max(20, tableWidth - fixedWidth);
        // Our own wrapping keeps continuation rows blank in the other columns; ConsoleTables' own
        // (MaxWidth, 40 by default) would re-wrap every cell, so it is set past the text width.
        var table = new ConsoleTable(new ConsoleTableOptions { Columns = ["#", "labels", "acc", "den", "def", "cit", "sentence"], EnableCount = false }) { MaxWidth = textWidth + 1 };
        foreach (var s in article.Sentences)
        {
            var lines = TextWrapper.Wrap(s.Text, textWidth);
            table.AddRow([s.Id.ToString(CultureInfo.InvariantCulture), Labels(s), .. s.Probabilities.Select(P), lines[0]]);
            foreach (var line in lines.Skip(1))
            {
                table.AddRow(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, line);
            }
        }

        writer.Write(Lines(table.ToMinimalString()));

        writer.Write("\nWhy (features that pushed each label most: weight x value):\n");
        var indent = idWidth + 2;
        foreach (var s in article.Sentences.Where(s => s.Explanations.Count > 0))
        {
            var reasons = s.Explanations.Select(e => $"{LabelSet.NameOf(e.Key)}: {string.Join(", ", e.Value.Select(c => $"{c.Feature} ({c.Contribution.ToString("F2", CultureInfo.InvariantCulture)})"))}");
            var lines = TextWrapper.Wrap(string.Join("; ", reasons), Math.Max(20, tableWidth - indent));
            writer.Write($"{s.Id.ToString(CultureInfo.InvariantCulture).PadLeft(idWidth)}  {lines[0]}\n");
            foreach (var line in lines.Skip(1))
            {
                writer.Write($"{new string(' ', indent)}{line}\n");
            }
        }

        writer.Write("\nSummary:\n");
        var summary = new ConsoleTable("label", "sentences", "share", "most confident") { MaxWidth = tableWidth };
        foreach (var l in article.Summary)
        {
            summary.AddRow(l.Label, l.Count, l.Share.ToString("P0", CultureInfo.InvariantCulture), l.MostConfidentId is { } id ? $"#{id} (p={l.MostConfidentProbability.ToString("F2", CultureInfo.InvariantCulture)})" : "-");
        }

        writer.Write(Lines(summary.ToMinimalString()));
    }

    private static string P(float p) => p.ToString("F2", CultureInfo.InvariantCulture).PadLeft(4);

    private static string Abbreviate(LabelSet labels) => labels.IsNone ? "-" : string.Join(",", LabelSet.All.Where(labels.Contains).Select(l => Short[(int)l]));

    private static string Labels(ScoredSentence s) => s.IsBoilerplate ? "(boilerplate)" : Abbreviate(s.Labels);

    /// <summary>ConsoleTables pads every cell, the last one too; trailing blanks only make diffs noisy.</summary>
    private static string Lines(string table) =>
        string.Concat(table.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Where(l => l.Length > 0).Select(l => l.TrimEnd() + "\n"));
}
