using Stance.Model.Data;
using Stance.Model.Scoring;
using Stance.Training.Pipeline;

namespace Stance.Training.Tests;

public sealed class StanceTrainerTests(TinyTrainingFixture fixture) : IClassFixture<TinyTrainingFixture>
{
    [Fact]
    public void Cross_validated_model_beats_the_always_none_baseline_clearly()
    {
        var cv = fixture.Report.Evaluations.Where(e => e.Setting.StartsWith("authored", StringComparison.Ordinal)).ToList();
        var stance = cv.Single(e => e.System == "stance");
        Assert.True(stance.MacroF1 > 0.35, $"macro-F1 {stance.MacroF1:F3}");
        Assert.Equal(0.0, cv.Single(e => e.System == "always-none").MacroF1);
        Assert.All(stance.PerLabel, label => Assert.True(label.Support > 0));
    }

    [Fact]
    public void Real_references_are_trained_on_and_the_dev_set_is_measured_apart()
    {
        Assert.Equal(["authored", "real"], fixture.Report.SentencesBySource.Keys.Order(StringComparer.Ordinal));
        var dev = fixture.Report.Evaluations.Single(e => e.Setting == "dev-real" && e.System == "stance");
        Assert.True(dev.Sentences > 20, $"{dev.Sentences} dev sentences");
        Assert.True(dev.MacroF1 > 0, "the dev set was scored");
        Assert.Contains(fixture.Report.Evaluations, e => e.Setting.StartsWith("real training articles", StringComparison.Ordinal));
        Assert.Null(fixture.Report.DevSetSkipped);
    }

    [Fact]
    public void Reports_every_trial_and_the_label_shares_of_a_folder()
    {
        Assert.Equal(["shipped", "no context pass"], fixture.Report.Trials.Select(t => t.Name));
        Assert.All(fixture.Report.Trials, t => Assert.NotNull(t.DevReal));
        var rates = fixture.Report.LabelRates;
        Assert.Equal(4, rates.Count);
        Assert.All(rates, r => Assert.Equal("seeds", r.Folder));
        Assert.All(rates, r => Assert.InRange(r.Predicted, 0, 1));
        Assert.All(rates, r => Assert.Equal(r.Gold is null, r.PredictedOnGold is null));
        Assert.All(rates.Where(r => r.PredictedOnGold is not null), r => Assert.InRange(r.PredictedOnGold!.Value, 0, 1));
    }

    [Fact]
    public void Writes_a_two_pass_model_that_loads_with_its_manifest()
    {
        var model = StanceModel.Load(fixture.Report.ModelPath);
        Assert.Equal("lbfgs", model.Manifest.Trainer);
        Assert.Equal(11, model.Manifest.Seed);
        Assert.Equal(["real.tsv", "tiny.tsv"], model.Manifest.TrainingFiles.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.NotNull(model.Context);
        Assert.All(model.Manifest.Thresholds.Values, t => Assert.InRange(t, 0.05, 0.95));
        var scores = model.Score(["The army denied the charges.", "Rebels shelled the market, killing 12 civilians, witnesses said."]);
        Assert.Equal(2, scores.Count);
        Assert.All(scores, s => Assert.All(s.Probabilities, p => Assert.InRange(p, 0f, 1f)));
    }

    [Fact]
    public void Exported_tf_idf_scorer_matches_the_ml_net_pipeline()
    {
        Assert.True(TinyTrainingFixture.Tiny.Featurizer.InverseDocumentFrequency);
        Assert.True(fixture.Report.ScorerDifference < 1e-4, $"scorer differs from ML.NET by {fixture.Report.ScorerDifference}");
        var counts = fixture.Train("model-counts.zip", seed: 11, trials: [], model: TinyTrainingFixture.Tiny with { Featurizer = TinyTrainingFixture.Tiny.Featurizer with { InverseDocumentFrequency = false } });
        Assert.True(counts.ScorerDifference < 1e-4, $"count-weighted scorer differs by {counts.ScorerDifference}");
    }

    [Fact]
    public void Same_data_and_seed_give_the_same_predictions()
    {
        var again = fixture.Train("model-b.zip", seed: 11, trials: []);
        string[] sentences = ["The ministry rejected the report as a fabrication.", "What about the crimes of their own police?", "At least 40 people died, the monitor said."];
        var first = StanceModel.Load(fixture.Report.ModelPath).Score(sentences);
        var second = StanceModel.Load(again.ModelPath).Score(sentences);
        Assert.Equal(first.Select(s => s.Probabilities), second.Select(s => s.Probabilities));
        Assert.Equal(fixture.Report.Thresholds, again.Thresholds);
    }

    [Fact]
    public void Learning_curve_has_a_point_per_share_of_real_articles()
    {
        Assert.Equal([0.5, 1.0], fixture.Report.LearningCurve.Select(p => p.Fraction));
        Assert.All(fixture.Report.LearningCurve, p => Assert.InRange(p.MacroF1, 0.0, 1.0));
    }

    [Fact]
    public void A_dev_article_among_the_training_articles_is_refused()
    {
        var options = new TrainingOptions
        {
            DataFiles = [fixture.DataFile, fixture.RealFile],
            DevSetFile = fixture.RealFile,
            OutputPath = Path.Combine(fixture.Directory, "never.zip"),
            Model = StandardTrials.Shipped,
            Folds = 3,
        };
        var error = Assert.Throws<LabeledFileException>(() => new StanceTrainer(options).Run());
        Assert.Contains("never trained on", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(options.OutputPath));
    }
}
