using Stance.Model.Input;
using Stance.Model.Segmentation;

namespace Stance.Model.Data;

/// <summary>
/// Turns labeled rows into <see cref="LabeledArticle"/>s: rows that carry their text are grouped
/// by article; rows that point into corpus files get their text, and their neighbours, from the
/// corpus file, checked against the hash recorded when they were labeled.
/// </summary>
public sealed class ReferenceResolver(Segmenter? segmenter = null)
{
    private const int MinimumHashDigits = 8;

    private readonly Segmenter _segmenter = segmenter ?? new Segmenter();

    /// <summary>Resolves <paramref name="rows"/>; articles come out in the order their first row appears.</summary>
    /// <param name="rows">Labeled rows from one or more files.</param>
    /// <param name="corpusOverride">A corpus folder to use instead of the one each file names, or null.</param>
    /// <exception cref="LabeledFileException">A corpus folder or file is missing, a span lies outside its file or its text changed; every problem is listed.</exception>
    public IReadOnlyList<LabeledArticle> Resolve(IEnumerable<LabeledSentence> rows, string? corpusOverride = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var issues = new List<LabeledFileIssue>();
        var articles = new List<LabeledArticle>();
        var missingFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in rows.GroupBy(r => r.Reference is { } reference ? $"\u0001{corpusOverride ?? reference.CorpusPath}\u0001{reference.Source}" : r.ArticleId, StringComparer.Ordinal))
        {
            var list = group.ToList();
            if (list[0].Reference is null)
            {
                articles.Add(FromRows(group.Key, list));
            }
            else if (FromCorpus(list, corpusOverride, issues, missingFolders) is { } article)
            {
                articles.Add(article);
            }
        }

        return issues.Count == 0 ? articles : throw new LabeledFileException(issues);
    }

    private static LabeledArticle FromRows(string id, List<LabeledSentence> rows)
    {
        var ordered = rows.OrderBy(r => r.SentenceId).ToList();
        var texts = ordered.ConvertAll(r => r.Text);
        return new LabeledArticle(id, texts, BoilerplateFlags.Detect(texts), ordered);
    }

    private LabeledArticle? FromCorpus(List<LabeledSentence> rows, string? corpusOverride, List<LabeledFileIssue> issues, HashSet<string> missingFolders)
    {
        var first = rows[0].Reference!;
        var folder = corpusOverride ?? first.CorpusPath;
        if (!Directory.Exists(folder))
        {
            if (missingFolders.Add(folder))
            {
                var named = corpusOverride is null ? $"'{first.Corpus}' (named by {first.LabeledFile}, resolved to {folder})" : $"'{corpusOverride}'";
                issues.Add(new LabeledFileIssue(first.LabeledFile, first.Line, $"the corpus folder {named} does not exist; the labeled rows point into it. Give the folder with --corpus DIR"));
            }

            return null;
        }

        string text;
        try
        {
            text = ArticleReader.Read(Path.Combine(folder, first.Source)).Text;
        }
        catch (ArticleReadException e)
        {
            issues.Add(new LabeledFileIssue(first.LabeledFile, first.Line, $"source '{first.Source}' in corpus folder '{folder}': {e.Message}"));
            return null;
        }

        var spans = new List<(int Start, int End, LabeledSentence Row)>();
        foreach (var row in rows)
        {
            var r = row.Reference!;
            if (r.End > text.Length)
            {
                issues.Add(new LabeledFileIssue(r.LabeledFile, r.Line, $"offsets {r.Start}-{r.End} run past the end of '{r.Source}' ({text.Length} characters)"));
                continue;
            }

            if (r.Sha256.Length > 0 && (r.Sha256.Length < MinimumHashDigits || !SourceReference.HashOf(text.AsSpan(r.Start, r.End - r.Start)).StartsWith(r.Sha256[..Math.Min(r.Sha256.Length, SourceReference.HashDigits)], StringComparison.Ordinal)))
            {
                issues.Add(new LabeledFileIssue(r.LabeledFile, r.Line, $"the text of '{r.Source}' at {r.Start}-{r.End} is not the text that was labeled (sha256 {r.Sha256} expected); the corpus file changed"));
                continue;
            }

            spans.Add((r.Start, r.End, row));
        }

        return Merge(Path.ChangeExtension(first.Source, null), text, _segmenter.Segment(text), spans);
    }

    /// <summary>The segmenter's sentences, with every labeled span in place of the sentences it overlaps.</summary>
    private static LabeledArticle Merge(string id, string text, IReadOnlyList<Sentence> segments, List<(int Start, int End, LabeledSentence Row)> spans)
    {
        var items = segments
            .Where(segment => !spans.Any(span => span.Start < segment.End && span.End > segment.Start))
            .Select(segment => (segment.Start, segment.Text, segment.IsBoilerplate, Row: (LabeledSentence?)null))
            .ToList();
        foreach (var (start, end, row) in spans)
        {
            var match = segments.FirstOrDefault(s => s.Start == start && s.End == end);
            var sentence = match?.Text ?? string.Join(' ', text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            items.Add((start, sentence, match?.IsBoilerplate ?? false, row with { Text = sentence }));
        }

        items.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new LabeledArticle(id, items.ConvertAll(i => i.Text), items.ConvertAll(i => i.IsBoilerplate), items.ConvertAll(i => i.Row));
    }
}
