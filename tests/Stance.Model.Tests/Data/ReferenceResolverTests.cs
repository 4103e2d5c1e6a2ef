using Stance.Model.Data;
using Stance.Model.Labels;

namespace Stance.Model.Tests.Data;

public sealed class ReferenceResolverTests : IDisposable
{
    private const string Article = "Strike kills 12 in Idlib\n\nWarplanes struck a market on Tuesday. The ministry denied any role. It blamed the rebels.";
    private readonly string _root = Directory.CreateTempSubdirectory("stance-refs").FullName;

    public ReferenceResolverTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "corpus", "news"));
        File.WriteAllText(Path.Combine(_root, "corpus", "news", "a.txt"), Article);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Reads_text_from_the_corpus_and_keeps_unlabeled_neighbours_for_context()
    {
        var start = Article.IndexOf("The ministry", StringComparison.Ordinal);
        var end = Article.IndexOf(" It blamed", StringComparison.Ordinal);
        var rows = Load(Row("news/a", 3, "deny", start, end, Hash(start, end)));
        var article = Assert.Single(new ReferenceResolver().Resolve(rows));
        Assert.Equal("news/a", article.Id);
        Assert.Equal(["Strike kills 12 in Idlib", "Warplanes struck a market on Tuesday.", "The ministry denied any role.", "It blamed the rebels."], article.Sentences);
        Assert.Equal([null, null, "deny", null], article.Labeled.Select(l => l?.Labels.ToString()));
        Assert.Equal("The ministry denied any role.", article.Labeled[2]!.Text);
    }

    [Fact]
    public void A_span_that_does_not_match_a_sentence_replaces_the_sentences_it_overlaps()
    {
        var start = Article.IndexOf("Warplanes", StringComparison.Ordinal);
        var end = Article.IndexOf(" It blamed", StringComparison.Ordinal);
        var article = Assert.Single(new ReferenceResolver().Resolve(Load(Row("news/a", 1, "accuse,deny", start, end, ""))));
        Assert.Equal(3, article.Sentences.Count);
        Assert.Equal("Warplanes struck a market on Tuesday. The ministry denied any role.", article.Sentences[1]);
    }

    [Fact]
    public void A_changed_corpus_file_is_reported_with_file_and_line()
    {
        var rows = Load(Row("news/a", 1, "deny", 0, 6, "0123456789abcdef"));
        var error = Assert.Throws<LabeledFileException>(() => new ReferenceResolver().Resolve(rows));
        var issue = Assert.Single(error.Issues);
        Assert.Equal(2, issue.Line);
        Assert.Contains("corpus file changed", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_corpus_folder_is_named_once()
    {
        var rows = Load(Row("news/a", 1, "none", 0, 6, "") + Row("news/b", 1, "none", 0, 6, ""), corpus: "../elsewhere");
        var error = Assert.Throws<LabeledFileException>(() => new ReferenceResolver().Resolve(rows));
        var issue = Assert.Single(error.Issues);
        Assert.Contains("'../elsewhere'", issue.Message, StringComparison.Ordinal);
        Assert.Contains("--corpus", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_corpus_override_replaces_the_folder_the_file_names()
    {
        var rows = Load(Row("news/a", 1, "none", 0, 6, ""), corpus: "../elsewhere");
        Assert.Single(new ReferenceResolver().Resolve(rows, Path.Combine(_root, "corpus")));
    }

    [Fact]
    public void Offsets_past_the_end_and_missing_sources_are_reported()
    {
        var rows = Load(Row("news/a", 1, "none", 0, 9999, "") + Row("news/zzz", 1, "none", 0, 5, ""));
        var error = Assert.Throws<LabeledFileException>(() => new ReferenceResolver().Resolve(rows));
        Assert.Equal([2, 3], error.Issues.Select(i => i.Line).Order());
    }

    [Fact]
    public void Rows_with_text_are_grouped_by_article_as_before()
    {
        var rows = new[]
        {
            new LabeledSentence("x", 2, LabelSet.Parse("deny"), "They denied it."),
            new LabeledSentence("x", 1, LabelSet.Parse("accuse"), "Rebels shelled the town."),
        };
        var article = Assert.Single(new ReferenceResolver().Resolve(rows));
        Assert.Equal(["Rebels shelled the town.", "They denied it."], article.Sentences);
    }

    private static string Row(string article, int id, string labels, int start, int end, string sha) =>
        $"{article}\t{id}\t{labels}\t\treal\t{{corpus}}\t{article}.txt\t{start}\t{end}\t{sha}\n";

    private IReadOnlyList<LabeledSentence> Load(string rows, string corpus = "corpus")
    {
        var path = Path.Combine(_root, "labels.tsv");
        File.WriteAllText(path, "article_id\tsentence_id\tlabels\ttext\tprovenance\tcorpus\tsource\tstart\tend\tsha256\n" + rows.Replace("{corpus}", corpus, StringComparison.Ordinal));
        return LabeledFileReader.Load(path);
    }

    private static string Hash(int start, int end) => SourceReference.HashOf(Article.AsSpan(start, end - start));
}
