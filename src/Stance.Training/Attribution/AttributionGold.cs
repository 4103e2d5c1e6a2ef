using Stance.Model.Attribution;
using Stance.Model.Data;
using Stance.Model.Input;
using Stance.Model.Labels;

namespace Stance.Training.Attribution;

/// <summary>
/// Reads data/attribution/gold.tsv (format in data/attribution/README.md) and rebuilds the
/// articles it refers to from the labeled files beside it: seed sentences carry their text, real
/// sentences are read from the corpus at run time and checked against their hashes. Sentence text
/// is whitespace-normalised, as the annotators saw it; mention offsets refer to that text.
/// </summary>
public sealed class AttributionGold
{
    private AttributionGold(IReadOnlyList<AttributionGoldRow> rows, IReadOnlyDictionary<string, IReadOnlyList<AttributionSentence>> articles)
    {
        Rows = rows;
        Articles = articles;
    }

    /// <summary>Every annotated sentence, all passes.</summary>
    public IReadOnlyList<AttributionGoldRow> Rows { get; }

    /// <summary>The annotated articles, every sentence with its gold moves.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<AttributionSentence>> Articles { get; }

    /// <summary>Loads the gold file and the articles it needs.</summary>
    /// <param name="goldPath">The gold file.</param>
    /// <param name="labeledFiles">The labeled files holding the articles (seed-sentences.tsv, dev-real.tsv, real-train.tsv).</param>
    /// <param name="corpusOverride">A corpus folder to use instead of the one the labeled files name, or null.</param>
    /// <exception cref="AttributionGoldException">A file is missing or malformed, or a text no longer matches its hash.</exception>
    public static AttributionGold Load(string goldPath, IReadOnlyList<string> labeledFiles, string? corpusOverride = null)
    {
        ArgumentNullException.ThrowIfNull(labeledFiles);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(goldPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AttributionGoldException($"cannot read attribution gold file '{goldPath}': {e.Message}", e);
        }

        var header = lines.Length == 0 ? [] : lines[0].Split('\t');
        int Col(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new AttributionGoldException($"{goldPath}: column '{name}' is missing from the header");
        var raw = lines.Skip(1).Where(l => l.Length > 0).Select((l, n) => (Cells: l.Split('\t'), Line: n + 2)).ToList();
        var wanted = raw.Select(r => r.Cells[Col("article_id")]).ToHashSet(StringComparer.Ordinal);
        var articles = ReadArticles(labeledFiles, wanted, corpusOverride);
        var rows = new List<AttributionGoldRow>();
        foreach (var (cells, line) in raw)
        {
            if (cells.Length != header.Length)
            {
                throw new AttributionGoldException($"{goldPath}:{line}: {cells.Length} fields, the header has {header.Length}");
            }

            var articleId = cells[Col("article_id")];
            if (!articles.TryGetValue(articleId, out var sentences))
            {
                throw new AttributionGoldException($"{goldPath}:{line}: article '{articleId}' is in none of the labeled files");
            }

            var where = $"{goldPath}:{line}";
            var answer = new AttributionAnswer(
                Names(cells[Col("speaker_ref")], cells[Col("speaker_sha")], cells[Col("speaker_canonical")], sentences, where),
                Names(cells[Col("target_ref")], cells[Col("target_sha")], cells[Col("target_canonical")], sentences, where),
                cells[Col("responds_to")] is "-" ? [] : cells[Col("responds_to")].Split(',').Select(int.Parse).ToList());
            rows.Add(new AttributionGoldRow(articleId, int.Parse(cells[Col("sentence_id")], System.Globalization.CultureInfo.InvariantCulture), LabelSet.Parse(cells[Col("labels")]), cells[Col("split")], cells[Col("pass")], answer));
        }

        return new AttributionGold(rows, articles);
    }

    private static List<NamePair> Names(string refs, string shas, string canonicals, IReadOnlyList<AttributionSentence> sentences, string where)
    {
        var r = refs.Split('|');
        var s = shas.Split('|');
        var c = canonicals.Split('|');
        var names = new List<NamePair>();
        for (var i = 0; i < Math.Max(r.Length, c.Length); i++)
        {
            var reference = i < r.Length ? r[i] : "?";
            var canonical = i < c.Length ? c[i] : "-";
            var text = reference switch
            {
                "(reporter)" or "-" => reference,
                "?" => string.Empty,
                _ => MentionText(reference, i < s.Length ? s[i] : string.Empty, sentences, where),
            };
            names.Add(new NamePair(text, canonical));
        }

        return names;
    }

    private static string MentionText(string reference, string sha, IReadOnlyList<AttributionSentence> sentences, string where)
    {
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        var dash = reference.IndexOf('-', colon + 1);
        if (colon < 0 || dash < 0 || !int.TryParse(reference[..colon], out var id) || !int.TryParse(reference[(colon + 1)..dash], out var start) || !int.TryParse(reference[(dash + 1)..], out var end))
        {
            throw new AttributionGoldException($"{where}: mention reference '{reference}' is not SENTENCE:START-END");
        }

        var sentence = sentences.FirstOrDefault(x => x.Id == id)?.Text;
        if (sentence is null || end > sentence.Length || start > end)
        {
            throw new AttributionGoldException($"{where}: mention {reference} lies outside its sentence");
        }

        var text = sentence[start..end];
        return sha.Length == 0 || SourceReference.HashOf(text).StartsWith(sha, StringComparison.Ordinal)
            ? text
            : throw new AttributionGoldException($"{where}: the text at {reference} is not the text that was annotated (sha256 {sha}); the corpus or labeled file changed");
    }

    private static Dictionary<string, IReadOnlyList<AttributionSentence>> ReadArticles(IReadOnlyList<string> labeledFiles, HashSet<string> wanted, string? corpusOverride)
    {
        var byArticle = new Dictionary<string, List<AttributionSentence>>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in labeledFiles)
        {
            var result = LabeledFileReader.Read(file);
            if (!result.IsValid)
            {
                throw new AttributionGoldException($"labeled file '{file}' is malformed: {result.Issues[0]}");
            }

            foreach (var row in result.Sentences)
            {
                var id = row.Reference is null ? $"seeds/{row.ArticleId}" : row.ArticleId;
                if (!wanted.Contains(id))
                {
                    continue;
                }

                var text = row.Text;
                if (row.Reference is { } r)
                {
                    var path = Path.Combine(corpusOverride ?? r.CorpusPath, r.Source);
                    if (!texts.TryGetValue(path, out var article))
                    {
                        try
                        {
                            texts[path] = article = ArticleReader.Read(path).Text;
                        }
                        catch (ArticleReadException e)
                        {
                            throw new AttributionGoldException($"{file}:{r.Line}: cannot read corpus file '{path}': {e.Message}", e);
                        }
                    }

                    if (r.End > article.Length || (r.Sha256.Length > 0 && !SourceReference.HashOf(article.AsSpan(r.Start, r.End - r.Start)).StartsWith(r.Sha256, StringComparison.Ordinal)))
                    {
                        throw new AttributionGoldException($"{file}:{r.Line}: the text of '{r.Source}' at {r.Start}-{r.End} is not the text that was labeled; the corpus file changed");
                    }

                    text = article[r.Start..r.End];
                }

                if (!byArticle.TryGetValue(id, out var list))
                {
                    byArticle[id] = list = [];
                }

                list.Add(new AttributionSentence(row.SentenceId, string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), row.Labels));
            }
        }

        return byArticle.ToDictionary(a => a.Key, a => (IReadOnlyList<AttributionSentence>)[.. a.Value.OrderBy(s => s.Id)], StringComparer.Ordinal);
    }
}
