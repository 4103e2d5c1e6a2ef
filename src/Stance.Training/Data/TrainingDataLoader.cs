using Stance.Model.Data;
using Stance.Model.Features;
using Stance.Model.Labels;

namespace Stance.Training.Data;

/// <summary>Reads labeled files (with or without references into a corpus) into <see cref="TrainingArticle"/>s.</summary>
internal static class TrainingDataLoader
{
    /// <summary>Provenance given to rows whose file has no provenance column: a user's own labels are of real text.</summary>
    public const string DefaultProvenance = "real";

    /// <summary>Loads and resolves <paramref name="files"/>.</summary>
    /// <exception cref="LabeledFileException">A file is malformed, or a reference cannot be resolved; every problem is listed.</exception>
    public static List<TrainingArticle> Load(IEnumerable<string> files, string? corpusOverride)
    {
        var rows = new List<LabeledSentence>();
        var issues = new List<LabeledFileIssue>();
        var selection = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var result = LabeledFileReader.Read(file);
            issues.AddRange(result.Issues);
            rows.AddRange(result.Sentences);
            foreach (var (article, value) in SelectionColumn(file))
            {
                selection.TryAdd(article, value);
            }
        }

        if (issues.Count > 0)
        {
            throw new LabeledFileException(issues);
        }

        return new ReferenceResolver().Resolve(rows, corpusOverride).Select(article => Build(article, selection)).ToList();
    }

    private static TrainingArticle Build(LabeledArticle article, Dictionary<string, string> selection)
    {
        var inputs = ModelInputBuilder.Build(article.Sentences, article.Boilerplate);
        var gold = article.Labeled.Select(row => row is null ? (LabelSet?)null : row.Labels).ToArray();
        var first = article.Labeled.First(row => row is not null)!;
        var provenance = first.Provenance.Length > 0 ? first.Provenance : DefaultProvenance;
        return new TrainingArticle(article.Id, provenance, inputs, gold, [.. article.Boilerplate], selection.GetValueOrDefault(first.ArticleId, string.Empty));
    }

    /// <summary>The optional <c>selection</c> column (how the project's real articles were chosen), per article.</summary>
    private static IEnumerable<(string Article, string Selection)> SelectionColumn(string file)
    {
        if (!File.Exists(file))
        {
            yield break;
        }

        using var reader = new StreamReader(file);
        var header = reader.ReadLine()?.Split('\t') ?? [];
        var column = Array.IndexOf(header, "selection");
        if (column < 0)
        {
            yield break;
        }

        while (reader.ReadLine() is { } line)
        {
            var c = line.Split('\t');
            if (c.Length > column)
            {
                yield return (c[0], c[column]);
            }
        }
    }
}
