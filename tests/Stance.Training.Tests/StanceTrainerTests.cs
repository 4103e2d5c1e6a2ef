using Stance.Model.Scoring;

namespace Stance.Training.Tests;

public sealed class StanceTrainerTests(TinyTrainingFixture fixture) : IClassFixture<TinyTrainingFixture>
{
    [Fact]
    public void Cross_validated_model_beats_the_always_none_baseline_clearly()
    {
        var cv = fixture.Report.Evaluations.Where(e => e.Setting.StartsWith("seed+authored", StringComparison.Ordinal)).ToList();
        var stance = cv.Single(e => e.System.StartsWith("stance", StringComparison.Ordinal));
        Assert.True(stance.MacroF1 > 0.35, $"macro-F1 {stance.MacroF1:F3}");
        Assert.Equal(0.0, cv.Single(e => e.System == "always-none").MacroF1);
        Assert.All(stance.PerLabel, label => Assert.True(label.Support > 0));
    }

    [Fact]
    public void Writes_a_model_that_loads_with_its_manifest()
    {
        var model = StanceModel.Load(fixture.Report.ModelPath);
        Assert.Equal("lbfgs", model.Manifest.Trainer);
        Assert.Equal(11, model.Manifest.Seed);
        Assert.Equal("tiny.tsv", Assert.Single(model.Manifest.TrainingFiles).Path);
        Assert.All(model.Manifest.Thresholds.Values, t => Assert.InRange(t, 0.05, 0.95));
        var scores = model.Score(["The army denied the charges.", "Rebels shelled the market, killing 12 civilians, witnesses said."]);
        Assert.Equal(2, scores.Count);
        Assert.All(scores, s => Assert.All(s.Probabilities, p => Assert.InRange(p, 0f, 1f)));
    }

    [Fact]
    public void Same_data_and_seed_give_the_same_predictions()
    {
        var again = fixture.Train("model-b.zip", seed: 11);
        string[] sentences = ["The ministry rejected the report as a fabrication.", "What about the crimes of their own police?", "At least 40 people died, the monitor said."];
        var first = StanceModel.Load(fixture.Report.ModelPath).Score(sentences);
        var second = StanceModel.Load(again.ModelPath).Score(sentences);
        Assert.Equal(first.Select(s => s.Probabilities), second.Select(s => s.Probabilities));
        Assert.Equal(fixture.Report.Thresholds, again.Thresholds);
    }

    [Fact]
    public void Learning_curve_has_a_point_per_share()
    {
        Assert.Equal([0.5, 1.0], fixture.Report.LearningCurve.Select(p => p.Fraction));
        Assert.All(fixture.Report.LearningCurve, p => Assert.InRange(p.MacroF1, 0.0, 1.0));
    }
}
