using System.Globalization;
using Stance.Model.Data;
using Stance.Model.Labels;

namespace Stance.Model.Annotation;

/// <summary>
/// The queue file: LABELS.md columns (so a queue, corrected, is a labeled file), then the
/// model's probabilities and the reference to the source.
/// </summary>
public static class QueueFile
{
    /// <summary>The header, without the session log's <c>decision</c> column.</summary>
    public static readonly IReadOnlyList<string> Columns =
        [.. LabeledFileReader.RequiredColumns, "p_accuse", "p_deny", "p_deflect", "p_cite_evidence", "corpus", "source", "start", "end", "sha256", "strategy"];

    /// <summary>Writes the header and <paramref name="rows"/>.</summary>
    public static void Write(TextWriter writer, IEnumerable<QueueRow> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        writer.Write(string.Join('\t', Columns) + "\n");
        foreach (var row in rows)
        {
            writer.Write(Line(row, row.Labels) + "\n");
        }
    }

    /// <summary>One row's line (no newline), with <paramref name="labels"/> in the labels column.</summary>
    public static string Line(QueueRow row, LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(row);
        var p = string.Join('\t', row.Probabilities.Select(v => v.ToString("0.####", CultureInfo.InvariantCulture)));
        return $"{row.ArticleId}\t{row.SentenceId}\t{labels}\t{OneLine(row.Text)}\t{p}\t{row.Corpus}\t{row.Source}\t{row.Start}\t{row.End}\t{row.Sha256}\t{row.Strategy}";
    }

    /// <summary>Reads a queue written by <see cref="Write"/> (validated as a labeled file).</summary>
    /// <exception cref="LabeledFileException">The file is not a valid queue; every problem is listed with its line.</exception>
    public static IReadOnlyList<QueueRow> Read(string path)
    {
        var result = LabeledFileReader.Read(path);
        if (!result.IsValid)
        {
            throw new LabeledFileException(result.Issues);
        }

        var lines = File.ReadAllLines(path);
        var header = lines[0].TrimStart('\uFEFF').Split('\t');
        if (!Columns.All(header.Contains) || header.Contains("decision"))
        {
            throw new LabeledFileException([new LabeledFileIssue(path, 1, $"not a queue written by 'stance annotate': the header must hold {string.Join(", ", Columns)}")]);
        }

        var index = Columns.ToDictionary(c => c, c => Array.IndexOf(header, c));
        var rows = new List<QueueRow>();
        var issues = new List<LabeledFileIssue>();
        var sentence = 0;
        for (var n = 1; n < lines.Length; n++)
        {
            if (lines[n].Trim().Length == 0)
            {
                continue;
            }

            var c = lines[n].Split('\t');
            var labeled = result.Sentences[sentence++];
            var probabilities = new float[LabelSet.All.Count];
            for (var i = 0; i < probabilities.Length; i++)
            {
                var text = c[index[Columns[4 + i]]];
                if (!float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out probabilities[i]) || probabilities[i] is < 0 or > 1)
                {
                    issues.Add(new LabeledFileIssue(path, n + 1, $"{Columns[4 + i]} must be a probability from 0 to 1, found '{text}'"));
                }
            }

            var reference = labeled.Reference;
            if (reference is null)
            {
                issues.Add(new LabeledFileIssue(path, n + 1, "source is empty: a queue row must say where its sentence lives"));
                continue;
            }

            rows.Add(new QueueRow(labeled.ArticleId, labeled.SentenceId, labeled.Labels, labeled.Text, probabilities,
                reference.Corpus, reference.Source, reference.Start, reference.End, reference.Sha256, c[index["strategy"]]));
        }

        return issues.Count == 0 ? rows : throw new LabeledFileException(issues);
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
