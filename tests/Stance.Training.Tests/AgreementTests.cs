using Stance.Model.Data;
using Stance.Model.Labels;
using Stance.Training.Evaluation;

namespace Stance.Training.Tests;

public sealed class AgreementTests
{
    [Fact]
    public void Kappa_is_one_for_identical_passes_and_zero_for_chance()
    {
        LabelSet[] a = [LabelSet.Parse("accuse"), LabelSet.None, LabelSet.Parse("accuse"), LabelSet.None];
        Assert.Equal(1.0, Agreement.Measure(a, a)[0].Kappa, 6);
        LabelSet[] b = [LabelSet.Parse("accuse"), LabelSet.Parse("accuse"), LabelSet.None, LabelSet.None];
        Assert.Equal(0.0, Agreement.Measure(a, b)[0].Kappa, 6);
    }

    /// <summary>The figures GUIDELINES.md reports, recomputed from the committed pass files.</summary>
    [Theory]
    [InlineData("accuse", 0.943, 0.959)]
    [InlineData("deny", 0.960, 0.971)]
    [InlineData("deflect", 0.979, 0.984)]
    [InlineData("cite-evidence", 0.952, 0.957)]
    public void Guidelines_agreement_table_matches_the_pass_files(string label, double kappa, double f1)
    {
        var a = LabeledFileReader.Load(RepoPaths.Of("data", "annotation", "seed-pass-a.tsv"));
        var b = LabeledFileReader.Load(RepoPaths.Of("data", "annotation", "seed-pass-b.tsv"));
        Assert.Equal(a.Select(s => (s.ArticleId, s.SentenceId)), b.Select(s => (s.ArticleId, s.SentenceId)));
        var agreement = Agreement.Measure(a.Select(s => s.Labels).ToList(), b.Select(s => s.Labels).ToList()).Single(x => x.Label == label);
        Assert.Equal(kappa, agreement.Kappa, 3);
        Assert.Equal(f1, agreement.F1, 3);
        Assert.Contains($"| {label} |", File.ReadAllText(RepoPaths.Of("data", "GUIDELINES.md")), StringComparison.Ordinal);
        Assert.Contains($"| {kappa:F3} | {f1:F3} |", File.ReadAllText(RepoPaths.Of("data", "GUIDELINES.md")), StringComparison.Ordinal);
    }

    /// <summary>The real-article table of GUIDELINES.md, recomputed from the double-annotated slice.</summary>
    [Theory]
    [InlineData("accuse", 269, 275, 0.911, 0.930)]
    [InlineData("deny", 46, 50, 0.935, 0.938)]
    [InlineData("deflect", 13, 7, 0.597, 0.600)]
    [InlineData("cite-evidence", 359, 373, 0.923, 0.945)]
    public void Real_agreement_table_matches_the_double_annotated_slice(string label, int countA, int countB, double kappa, double f1)
    {
        var rows = Rows("annotation", "real-passes.tsv");
        Assert.Equal(1271, rows.Count);
        Assert.All(rows, r => Assert.NotEqual(r[4], r[6]));
        AssertGuidelinesRow(rows.ConvertAll(r => LabelSet.Parse(r[5])), rows.ConvertAll(r => LabelSet.Parse(r[7])), label, countA, countB, kappa, f1);
    }

    [Fact]
    public void Every_disagreement_of_the_real_slice_was_adjudicated_into_the_labeled_files()
    {
        var rows = Rows("annotation", "real-passes.tsv");
        var final = Rows("real-train.tsv").Concat(Rows("dev-real.tsv"))
            .ToDictionary(c => (c[6], c[7], c[8]), c => c[2]);
        var round3 = DeflectAdjudication().ToDictionary(r => (r[0], r[1], r[2]), r => r[8]);
        Assert.All(rows, r => Assert.Equal(round3.GetValueOrDefault((r[0], r[1], r[2]), r[8]), final[(r[0], r[1], r[2])]));
    }

    /// <summary>Round 3's table in GUIDELINES.md, recomputed from its two blind passes.</summary>
    [Theory]
    [InlineData("accuse", 424, 418, 0.920, 0.941)]
    [InlineData("deny", 239, 239, 0.926, 0.937)]
    [InlineData("deflect", 141, 138, 0.894, 0.903)]
    [InlineData("cite-evidence", 296, 294, 0.925, 0.939)]
    public void Deflect_adjudication_table_matches_its_passes(string label, int countA, int countB, double kappa, double f1)
    {
        var rows = DeflectAdjudication();
        Assert.Equal(1617, rows.Count);
        AssertGuidelinesRow(rows.ConvertAll(r => LabelSet.Parse(r[6])), rows.ConvertAll(r => LabelSet.Parse(r[7])), label, countA, countB, kappa, f1);
    }

    [Fact]
    public void Deflect_is_the_majority_of_three_readings_and_other_labels_are_the_originals()
    {
        var final = Rows("real-train.tsv").Concat(Rows("dev-real.tsv"))
            .ToDictionary(c => (c[6], c[7], c[8]), c => LabelSet.Parse(c[2]));
        Assert.All(DeflectAdjudication(), r =>
        {
            var readings = new[] { r[5], r[6], r[7] }.Count(l => LabelSet.Parse(l).Contains(StanceLabel.Deflect));
            var decided = LabelSet.Parse(r[8]);
            Assert.Equal(readings >= 2, decided.Contains(StanceLabel.Deflect));
            Assert.All(LabelSet.All.Where(l => l != StanceLabel.Deflect), l => Assert.Equal(LabelSet.Parse(r[5]).Contains(l), decided.Contains(l)));
            Assert.Equal(decided, final[(r[0], r[1], r[2])]);
        });
    }

    private static List<string[]> DeflectAdjudication() => Rows("annotation", "deflect-adjudication.tsv");

    /// <summary>The tab-separated rows of a file under data/, without its header.</summary>
    private static List<string[]> Rows(params string[] path) =>
        File.ReadAllLines(RepoPaths.Of(["data", .. path])).Skip(1).Select(l => l.Split('\t')).ToList();

    /// <summary>Recomputes one label's agreement of two passes and finds that row in GUIDELINES.md.</summary>
    private static void AssertGuidelinesRow(List<LabelSet> a, List<LabelSet> b, string label, int countA, int countB, double kappa, double f1)
    {
        var agreement = Agreement.Measure(a, b).Single(x => x.Label == label);
        Assert.Equal((countA, countB), (agreement.CountA, agreement.CountB));
        Assert.Equal(kappa, agreement.Kappa, 3);
        Assert.Equal(f1, agreement.F1, 3);
        Assert.Contains($"| {label} | {countA} | {countB} | {agreement.Observed:F3} | {kappa:F3} | {f1:F3} |", File.ReadAllText(RepoPaths.Of("data", "GUIDELINES.md")), StringComparison.Ordinal);
    }
}
