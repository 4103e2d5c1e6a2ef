using Stance.Model.Labels;
using Stance.Training.Evaluation;

namespace Stance.Training.Tests;

public sealed class MetricsTests
{
    private static LabelSet L(string text) => LabelSet.Parse(text);

    [Fact]
    public void Computes_per_label_macro_micro_and_exact()
    {
        LabelSet[] gold = [L("accuse"), L("deny"), L("none"), L("accuse,cite-evidence")];
        LabelSet[] predicted = [L("accuse"), L("none"), L("deny"), L("accuse")];
        var result = MultiLabelMetrics.Evaluate("s", "x", gold, predicted);
        var accuse = result.PerLabel[0];
        Assert.Equal((1.0, 1.0, 1.0, 2), (accuse.Precision, accuse.Recall, accuse.F1, accuse.Support));
        Assert.Equal(0.0, result.PerLabel[1].F1);
        Assert.Equal(0.0, result.PerLabel[3].F1);
        Assert.Equal(0.25, result.MacroF1, 6);
        Assert.Equal(2.0 * 2 / ((2 * 2) + 1 + 2), result.MicroF1, 6);
        Assert.Equal(0.25, result.ExactMatch, 6);
    }

    [Fact]
    public void Always_none_scores_zero_f1_but_credits_exact_matches_of_none()
    {
        LabelSet[] gold = [L("none"), L("deny")];
        var result = MultiLabelMetrics.Evaluate("s", "none", gold, [LabelSet.None, LabelSet.None]);
        Assert.Equal(0.0, result.MacroF1);
        Assert.Equal(0.5, result.ExactMatch);
    }

    [Fact]
    public void Threshold_tuner_finds_the_separating_threshold()
    {
        float[][] p = [[0.9f, 0.1f, 0.1f, 0.1f], [0.7f, 0.2f, 0.1f, 0.1f], [0.4f, 0.2f, 0.1f, 0.1f], [0.2f, 0.2f, 0.1f, 0.1f]];
        LabelSet[] gold = [L("accuse"), L("accuse"), L("none"), L("none")];
        var thresholds = ThresholdTuner.Tune(p, gold);
        Assert.InRange(thresholds[0], 0.41, 0.70);
        Assert.Equal(L("accuse"), ThresholdTuner.Apply(p[1], thresholds));
        Assert.Equal(L("none"), ThresholdTuner.Apply(p[2], thresholds));
    }

    [Fact]
    public void Grouped_folds_keep_each_article_in_one_fold_and_are_seeded()
    {
        var ids = Enumerable.Range(0, 23).Select(i => $"a{i}").ToList();
        var folds = GroupedFolds.Assign(ids.Concat(ids), 5, seed: 7);
        Assert.Equal(23, folds.Count);
        Assert.All(Enumerable.Range(0, 5), f => Assert.InRange(folds.Values.Count(v => v == f), 4, 5));
        Assert.Equal(folds, GroupedFolds.Assign(ids, 5, seed: 7));
        Assert.NotEqual(folds, GroupedFolds.Assign(ids, 5, seed: 8));
    }
}
