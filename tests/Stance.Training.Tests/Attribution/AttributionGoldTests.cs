using Stance.Training.Attribution;

namespace Stance.Training.Tests.Attribution;

/// <summary>data/attribution/gold.tsv: its size, its split and that every reference still resolves to the annotated text.</summary>
public sealed class AttributionGoldTests
{
    private static string[] LabeledFiles => [.. new[] { "seed-sentences.tsv", "dev-real.tsv", "real-train.tsv" }.Select(f => RepoPaths.Of("data", f))];

    [SkippableFact]
    public void Gold_resolves_against_the_corpus_and_keeps_its_split()
    {
        Skip.IfNot(Directory.Exists(RepoPaths.Of("..", "shared", "corpora")), "../shared/corpora is not next to this checkout");
        var gold = AttributionGold.Load(RepoPaths.Of("data", "attribution", "gold.tsv"), LabeledFiles);
        var first = gold.Rows.Where(r => r.Pass is "A" or "B").ToList();
        Assert.True(first.Count >= 700, $"{first.Count} sentences annotated once");
        Assert.True(gold.Rows.Count(r => r.Pass == "C") >= 150, "the double annotation has fewer than 150 sentences");
        Assert.All(first, r => Assert.Equal(r.Pass == "A" ? "tune" : "heldout", r.Split));
        Assert.Contains(first, r => r.ArticleId.StartsWith("fakes-syria/", StringComparison.Ordinal) && r.Split == "heldout");
        Assert.Contains(first, r => r.ArticleId.StartsWith("fnc1-bodies/", StringComparison.Ordinal) && r.Split == "heldout");
        Assert.Contains(first, r => r.ArticleId.StartsWith("seeds/", StringComparison.Ordinal));

        // An article is in one split only, so tuning never sees a held-out article.
        Assert.DoesNotContain(first.GroupBy(r => r.ArticleId), g => g.Select(r => r.Split).Distinct().Count() > 1);
        Assert.All(first, r => Assert.False(r.Labels.IsNone));
    }

    [Fact]
    public void Gold_file_holds_references_not_corpus_text()
    {
        var lines = File.ReadAllLines(RepoPaths.Of("data", "attribution", "gold.tsv"));
        Assert.Equal("article_id\tsentence_id\tlabels\tsplit\tpass\tspeaker_ref\tspeaker_sha\tspeaker_canonical\tspeaker_type\ttarget_ref\ttarget_sha\ttarget_canonical\ttarget_type\tresponds_to", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Equal(14, l.Split('\t').Length));
        Assert.All(lines.Skip(1), l => Assert.Matches(@"^(\(reporter\)|-|\?|\d+:\d+-\d+)(\|(\(reporter\)|-|\?|\d+:\d+-\d+))*$", l.Split('\t')[5]));
    }
}
