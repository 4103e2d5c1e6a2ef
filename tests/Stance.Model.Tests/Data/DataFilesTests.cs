using Stance.Model.Data;
using Stance.Model.Labels;

namespace Stance.Model.Tests.Data;

/// <summary>The project's own labeled files must always validate.</summary>
public sealed class DataFilesTests
{
    public static TheoryData<string> LabeledFiles() => new(Directory.GetFiles(RepoPaths.Of("data"), "*.tsv").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    // Round 4 is kept beside the training set, not in it (data/GUIDELINES.md): it must be as sound.
    public static TheoryData<string> RealFiles() => new("real-train.tsv", "dev-real.tsv", "real-round4.tsv", "real-round5.tsv", "real-round6.tsv", "real-round7.tsv", "real-round8.tsv", "real-round9.tsv");

    [Theory]
    [MemberData(nameof(LabeledFiles))]
    public void Labeled_file_validates(string name)
    {
        var result = LabeledFileReader.Read(RepoPaths.Of("data", name));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Issues));
        Assert.NotEmpty(result.Sentences);
    }

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void Real_files_hold_references_and_never_corpus_text(string name)
    {
        var rows = LabeledFileReader.Load(RepoPaths.Of("data", name));
        Assert.All(rows, r => Assert.Equal(string.Empty, r.Text));
        Assert.All(rows, r => Assert.Equal("../../shared/corpora", r.Reference!.Corpus));
        Assert.All(rows, r => Assert.Equal(16, r.Reference!.Sha256.Length));
        Assert.All(rows, r => Assert.Equal("real", r.Provenance));
    }

    [Fact]
    public void Real_training_and_dev_articles_never_overlap_and_removed_files_are_not_referenced()
    {
        var train = LabeledFileReader.Load(RepoPaths.Of("data", "real-train.tsv")).Select(r => r.Reference!.Source).ToHashSet();
        var dev = LabeledFileReader.Load(RepoPaths.Of("data", "dev-real.tsv")).Select(r => r.Reference!.Source).ToHashSet();
        var round4 = LabeledFileReader.Load(RepoPaths.Of("data", "real-round4.tsv")).Select(r => r.Reference!.Source).ToHashSet();
        Assert.Empty(train.Intersect(dev));
        Assert.Empty(round4.Intersect(dev));
        Assert.Empty(round4.Intersect(train));
        // Round 5 completes training articles of which a few sentences were labeled: never a dev one.
        var round5 = LabeledFileReader.Load(RepoPaths.Of("data", "real-round5.tsv")).Select(r => r.Reference!.Source).ToHashSet();
        Assert.Empty(round5.Intersect(dev));
        Assert.Subset(train, round5);
        Assert.True(train.Count >= 400 && dev.Count >= 100, $"{train.Count} training and {dev.Count} dev articles");
        int[] removed = [22, 45, 53, 54, 55, 78, 86, 90, 93, 112, 116, 136, 170, 227, 255, 288, 293, 294, 300, 308, 310, 324, 334, 341, 344, 345, 346, 348, 363, 371, 379, 385, 395, 396, 397, 803];
        Assert.All(removed.Select(n => $"fakes-syria/fk_{n:000}.txt"), f => Assert.DoesNotContain(f, train.Union(dev)));
    }

    // Rounds 6 and later label single sentences the annotators saw in their whole articles.
    public static TheoryData<string> SentenceRounds() => new("real-round6.tsv", "real-round7.tsv", "real-round8.tsv", "real-round9.tsv");

    [Theory]
    [MemberData(nameof(SentenceRounds))]
    public void Sentence_rounds_label_new_sentences_of_non_dev_articles_only(string name)
    {
        var round = LabeledFileReader.Load(RepoPaths.Of("data", name));
        var dev = LabeledFileReader.Load(RepoPaths.Of("data", "dev-real.tsv")).Select(r => r.Reference!.Source).ToHashSet();
        Assert.DoesNotContain(round, r => dev.Contains(r.Reference!.Source));
        var labeled = Directory.GetFiles(RepoPaths.Of("data"), "real-*.tsv").Where(f => Path.GetFileName(f) != name)
            .SelectMany(LabeledFileReader.Load)
            .ToLookup(r => r.Reference!.Source);
        Assert.All(round, r => Assert.DoesNotContain(labeled[r.Reference!.Source], o => o.Reference!.Start < r.Reference.End && r.Reference.Start < o.Reference.End));
        Assert.True(round.Count >= 500, $"{round.Count} sentences");
    }

    [SkippableTheory]
    [MemberData(nameof(RealFiles))]
    public void Real_files_resolve_against_the_corpus_when_it_is_there(string name)
    {
        Skip.IfNot(Directory.Exists(RepoPaths.Of("..", "shared", "corpora")), "../shared/corpora is not next to this checkout");
        var articles = new ReferenceResolver().Resolve(LabeledFileReader.Load(RepoPaths.Of("data", name)));
        Assert.All(articles, a => Assert.Contains(a.Labeled, l => l is not null));
    }

    [Fact]
    public void Seed_file_labels_exactly_the_segmenter_sentences_of_every_seed()
    {
        var rows = LabeledFileReader.Load(RepoPaths.Of("data", "seed-sentences.tsv"));
        var segmenter = new Stance.Model.Segmentation.Segmenter();
        foreach (var seed in Directory.GetFiles(RepoPaths.Of("seeds"), "*.txt"))
        {
            var id = Path.GetFileNameWithoutExtension(seed);
            var expected = segmenter.Segment(File.ReadAllText(seed)).Select(s => (s.Id, s.Text));
            var labeled = rows.Where(r => r.ArticleId == id).OrderBy(r => r.SentenceId).Select(r => (r.SentenceId, r.Text));
            Assert.Equal(expected, labeled);
        }

        Assert.All(rows, r => Assert.Equal("seed", r.Provenance));
    }

    [Fact]
    public void Authored_file_is_large_and_covers_every_label()
    {
        var rows = LabeledFileReader.Load(RepoPaths.Of("data", "authored-sentences.tsv"));
        Assert.True(rows.Count >= 3000, $"{rows.Count} authored sentences");
        Assert.True(rows.Count(r => r.Labels.Contains(StanceLabel.Deny)) >= 500);
        Assert.True(rows.Count(r => r.Labels.Contains(StanceLabel.Deflect)) >= 500);
        Assert.All(LabelSet.All, label => Assert.True(rows.Count(r => r.Labels.Contains(label)) >= 300, $"{label}"));
        Assert.All(rows, r => Assert.Equal("authored", r.Provenance));
        var sizes = rows.GroupBy(r => r.ArticleId).Select(g => g.Count()).ToList();
        Assert.All(sizes, size => Assert.InRange(size, 10, 40));
    }
}
