using System.Diagnostics;
using Microsoft.ML;
using Stance.Model.Data;
using Stance.Model.Features;
using Stance.Model.Labels;
using Stance.Model.Scoring;
using Stance.Model.Segmentation;
using Stance.Training.Data;
using Stance.Training.Evaluation;
using Stance.Training.Packaging;
using Stance.Training.Pipeline;

namespace Stance.Training;

/// <summary>
/// Trains, evaluates and packages a Stance model: compares trainers by article-grouped
/// cross-validation, measures the seed-only, seed+authored, authored-to-seed and real-text
/// dev settings against baselines, draws the learning curve, then fits the final model on all
/// data with thresholds from out-of-fold predictions.
/// </summary>
public sealed class StanceTrainer(TrainingOptions options, IProgress<string>? progress = null)
{
    private const string AllSetting = "seed+authored, grouped CV";
    private const string SeedSetting = "seed only, leave-one-article-out";
    private const string TransferSetting = "authored -> seed";
    private const string DevSetting = "dev-real (fakes-syria)";

    private readonly CrossValidator _validator = new(options.Featurizer, options.TrainerSettings, options.Seed, options.MaxParallelism);

    /// <summary>Runs everything and writes the model to <see cref="TrainingOptions.OutputPath"/>.</summary>
    /// <exception cref="LabeledFileException">A data file is malformed.</exception>
    public TrainingReport Run()
    {
        var clock = Stopwatch.StartNew();
        var sentences = options.DataFiles.SelectMany(LabeledFileReader.Load).ToList();
        var examples = ExampleBuilder.Build(sentences);
        var seedArticles = sentences.Where(s => s.Provenance == options.SeedProvenance).Select(s => s.ArticleId).ToHashSet(StringComparer.Ordinal);
        var articles = examples.Select(e => e.ArticleId).Distinct().Count();
        Report($"{examples.Count} sentences in {articles} articles ({seedArticles.Count} seed articles)");

        var evaluations = new List<EvaluationResult>();
        var foldOf = GroupedFolds.Assign(examples.Select(e => e.ArticleId), options.Folds, options.Seed);
        var (chosen, oof, comparisons) = CompareTrainers(examples, foldOf, evaluations);

        EvaluateSeedOnly(examples, seedArticles, chosen, evaluations);
        EvaluateTransfer(examples, seedArticles, chosen, evaluations);
        var curve = LearningCurve(examples, foldOf, chosen, oof);

        Report($"fitting the final {chosen} model on all {examples.Count} sentences");
        var thresholds = ThresholdTuner.Tune(oof, examples.ConvertAll(e => e.Gold));
        var ml = new MLContext(options.Seed);
        var model = ClassifierSet.Fit(ml, examples, options.Featurizer, chosen, options.TrainerSettings);
        var skipped = EvaluateDevSet(ml, model, thresholds, evaluations);

        var manifest = BuildManifest(chosen, thresholds, evaluations);
        ModelPackager.Save(ml, model, manifest, options.OutputPath, LinearExporter.TryExport(ml, model));
        var loadClock = Stopwatch.StartNew();
        var written = StanceModel.Load(options.OutputPath);
        var loadMilliseconds = loadClock.Elapsed.TotalMilliseconds;
        var difference = MaxDifference(ml, model, written, examples);
        Report($"model written to {options.OutputPath}; reloaded in {loadMilliseconds:F0} ms; its scorer matches ML.NET within {difference:G2}");
        return new TrainingReport
        {
            Evaluations = evaluations,
            Trainers = comparisons,
            ChosenTrainer = chosen.ToString().ToLowerInvariant(),
            LearningCurve = curve,
            Thresholds = manifest.Thresholds,
            Sentences = examples.Count,
            Articles = articles,
            DevSetSkipped = skipped,
            ModelPath = options.OutputPath,
            ModelBytes = new FileInfo(options.OutputPath).Length,
            LoadMilliseconds = loadMilliseconds,
            ScorerDifference = difference,
            Seconds = clock.Elapsed.TotalSeconds,
        };
    }

    /// <summary>
    /// Fits the model on all data and nothing else (no evaluation, nothing written): the
    /// training cost alone, for benchmarks. Returns the seconds the fit took.
    /// </summary>
    public double TimeFit()
    {
        var examples = ExampleBuilder.Build(options.DataFiles.SelectMany(LabeledFileReader.Load));
        var clock = Stopwatch.StartNew();
        ClassifierSet.Fit(new MLContext(options.Seed), examples, options.Featurizer, options.Trainer ?? TrainerKind.Lbfgs, options.TrainerSettings);
        return clock.Elapsed.TotalSeconds;
    }

    private (TrainerKind Chosen, float[][] OutOfFold, List<TrainerComparison> Comparisons) CompareTrainers(
        List<LabeledExample> examples, Dictionary<string, int> foldOf, List<EvaluationResult> evaluations)
    {
        var candidates = options.Trainer is { } fixedTrainer ? [fixedTrainer] : options.CandidateTrainers;
        var comparisons = new List<TrainerComparison>();
        EvaluationResult? best = null;
        var chosen = candidates[0];
        float[][] bestOof = [];
        var gold = examples.ConvertAll(e => e.Gold);
        foreach (var trainer in candidates)
        {
            Report($"cross-validating {trainer} ({options.Folds} folds grouped by article)");
            var clock = Stopwatch.StartNew();
            var oof = _validator.OutOfFold(examples, foldOf, trainer);
            var predicted = CrossValidator.HonestPredictions(examples, foldOf, oof);
            var result = MultiLabelMetrics.Evaluate(AllSetting, $"stance ({Name(trainer)})", gold, predicted);
            comparisons.Add(new TrainerComparison(Name(trainer), result.MacroF1, result.MicroF1, clock.Elapsed.TotalSeconds));
            Report($"  {Name(trainer)}: macro-F1 {result.MacroF1:F3} in {clock.Elapsed.TotalSeconds:F1} s");
            if (best is null || result.MacroF1 > best.MacroF1)
            {
                best = result;
                chosen = trainer;
                bestOof = oof;
            }
        }

        evaluations.Add(best!);
        evaluations.AddRange(Baselines(AllSetting, examples));
        return (chosen, bestOof, comparisons);
    }

    private void EvaluateSeedOnly(List<LabeledExample> examples, HashSet<string> seedArticles, TrainerKind trainer, List<EvaluationResult> evaluations)
    {
        var seeds = examples.Where(e => seedArticles.Contains(e.ArticleId)).ToList();
        if (seedArticles.Count < 2)
        {
            return;
        }

        Report($"seed only: leave one of {seedArticles.Count} seed articles out");
        var foldOf = seedArticles.Order(StringComparer.Ordinal).Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var oof = _validator.OutOfFold(seeds, foldOf, trainer);
        var predicted = CrossValidator.HonestPredictions(seeds, foldOf, oof);
        evaluations.Add(MultiLabelMetrics.Evaluate(SeedSetting, $"stance ({Name(trainer)})", seeds.ConvertAll(e => e.Gold), predicted));
        evaluations.AddRange(Baselines(SeedSetting, seeds));
    }

    private void EvaluateTransfer(List<LabeledExample> examples, HashSet<string> seedArticles, TrainerKind trainer, List<EvaluationResult> evaluations)
    {
        var authored = examples.Where(e => !seedArticles.Contains(e.ArticleId)).ToList();
        var seeds = examples.Where(e => seedArticles.Contains(e.ArticleId)).ToList();
        if (seeds.Count == 0 || authored.Count == 0)
        {
            return;
        }

        Report("authored -> seed: thresholds from authored-only CV, then tested on every seed sentence");
        var foldOf = GroupedFolds.Assign(authored.Select(e => e.ArticleId), options.Folds, options.Seed);
        var oof = _validator.OutOfFold(authored, foldOf, trainer);
        var thresholds = ThresholdTuner.Tune(oof, authored.ConvertAll(e => e.Gold));
        var ml = new MLContext(options.Seed);
        var model = ClassifierSet.Fit(ml, authored, options.Featurizer, trainer, options.TrainerSettings);
        var probabilities = ClassifierSet.Predict(ml, model, seeds);
        var predicted = seeds.Select((e, i) => e.IsBoilerplate ? LabelSet.None : ThresholdTuner.Apply(probabilities[i], thresholds)).ToList();
        evaluations.Add(MultiLabelMetrics.Evaluate(TransferSetting, $"stance ({Name(trainer)})", seeds.ConvertAll(e => e.Gold), predicted));
        evaluations.AddRange(Baselines(TransferSetting, seeds));
    }

    private List<LearningCurvePoint> LearningCurve(List<LabeledExample> examples, Dictionary<string, int> foldOf, TrainerKind trainer, float[][] fullOof)
    {
        var points = new List<LearningCurvePoint>();
        var gold = examples.ConvertAll(e => e.Gold);
        var trainingArticles = foldOf.Count * (options.Folds - 1) / (double)options.Folds;
        foreach (var fraction in options.LearningCurve)
        {
            Report($"learning curve: {fraction:P0} of the training articles");
            var oof = fraction >= 1.0 ? fullOof : _validator.OutOfFold(examples, foldOf, trainer, fraction);
            var result = MultiLabelMetrics.Evaluate(AllSetting, Name(trainer), gold, CrossValidator.HonestPredictions(examples, foldOf, oof));
            points.Add(new LearningCurvePoint(fraction, (int)Math.Ceiling(trainingArticles * fraction), result.MacroF1));
        }

        return points;
    }

    private string? EvaluateDevSet(MLContext ml, ITransformer model, double[] thresholds, List<EvaluationResult> evaluations)
    {
        if (options.DevSetFile is null || options.CorpusRoot is null)
        {
            return "no dev set given";
        }

        var dev = DevSetReader.Read(options.DevSetFile, options.CorpusRoot);
        if (dev is null)
        {
            Report($"dev-real: skipped ({options.CorpusRoot} not found)");
            return $"skipped: {options.CorpusRoot} not found";
        }

        Report($"dev-real: {dev.Count} sentences of real punctuation-stripped articles");
        var examples = ExampleBuilder.Build(dev);
        var probabilities = ClassifierSet.Predict(ml, model, examples);
        var predicted = examples.Select((e, i) => e.IsBoilerplate ? LabelSet.None : ThresholdTuner.Apply(probabilities[i], thresholds)).ToList();
        evaluations.Add(MultiLabelMetrics.Evaluate(DevSetting, "stance (shipped model)", examples.ConvertAll(e => e.Gold), predicted));
        evaluations.AddRange(Baselines(DevSetting, examples));
        return null;
    }

    /// <summary>
    /// Largest probability difference between the ML.NET pipeline and the model as loaded (its
    /// exported linear scorer); a difference above 1e-3 means the export is wrong, and fails.
    /// </summary>
    private static double MaxDifference(MLContext ml, ITransformer model, StanceModel written, List<LabeledExample> examples)
    {
        var sample = examples.Where((_, i) => i % 4 == 0).ToList();
        var expected = ClassifierSet.Predict(ml, model, sample);
        var actual = written.Predict(sample.Select(e => new ModelInput { Text = e.Text, Context = e.Context, Cues = e.Cues }).ToList());
        var differences = expected.Zip(actual).Select(pair => pair.First.Zip(pair.Second).Max(p => Math.Abs(p.First - p.Second))).ToList();
        var difference = differences.Max();
        var worst = differences.IndexOf(difference);
        return difference <= 1e-3
            ? difference
            : throw new InvalidOperationException($"the exported scorer differs from ML.NET by up to {difference:G3} (on '{sample[worst].Text}', context '{sample[worst].Context}': {string.Join(",", expected[worst])} vs {string.Join(",", actual[worst])}); the model was not written correctly");
    }

    private static IEnumerable<EvaluationResult> Baselines(string setting, List<LabeledExample> examples)
    {
        var gold = examples.ConvertAll(e => e.Gold);
        yield return MultiLabelMetrics.Evaluate(setting, "always-none", gold, examples.ConvertAll(_ => LabelSet.None));
        yield return MultiLabelMetrics.Evaluate(setting, "cue rules", gold, examples.ConvertAll(e => e.IsBoilerplate ? LabelSet.None : CueRuleBaseline.Predict(e.Cues)));
    }

    private ModelManifest BuildManifest(TrainerKind trainer, double[] thresholds, List<EvaluationResult> evaluations)
    {
        var root = options.RepositoryRoot ?? Directory.GetCurrentDirectory();
        return new ModelManifest
        {
            Labels = [.. LabelSet.Names],
            Thresholds = LabelSet.Names.Select((name, i) => (name, thresholds[i])).ToDictionary(p => p.name, p => p.Item2),
            Trainer = Name(trainer),
            Featurizer = options.Featurizer.Describe(),
            CueVectorLength = ModelInput.CueVectorLength,
            LexiconHash = CueLexicon.Default.Hash,
            Seed = options.Seed,
            TrainingFiles = options.DataFiles
                .Select(f => new TrainingFile(Path.GetRelativePath(root, Path.GetFullPath(f)).Replace('\\', '/'), ModelPackager.Sha256(f)))
                .ToList(),
            Metrics = evaluations.Where(e => e.System.StartsWith("stance", StringComparison.Ordinal))
                .ToDictionary(e => $"{e.Setting} macro-F1", e => Math.Round(e.MacroF1, 4)),
            TrainedAt = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            StanceVersion = typeof(StanceTrainer).Assembly.GetName().Version?.ToString(3) ?? string.Empty,
        };
    }

    private static string Name(TrainerKind trainer) => trainer.ToString().ToLowerInvariant();

    private void Report(string message) => progress?.Report(message);
}
