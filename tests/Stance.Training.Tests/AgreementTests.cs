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
}
