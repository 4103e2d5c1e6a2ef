using Stance.Model.Data;
using Stance.Model.Labels;

namespace Stance.Model.Tests.Data;

/// <summary>The project's own labeled files must always validate.</summary>
public sealed class DataFilesTests
{
    public static TheoryData<string> LabeledFiles() => new(Directory.GetFiles(RepoPaths.Of("data"), "*-sentences.tsv").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(LabeledFiles))]
    public void Labeled_file_validates(string name)
    {
        var result = LabeledFileReader.Read(RepoPaths.Of("data", name));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Issues));
        Assert.NotEmpty(result.Sentences);
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
