using System.Diagnostics;
using Microsoft.ML;
using Stance.Model.Batch;
using Stance.Model.Data;
using Stance.Model.Features;
using Stance.Model.Input;
using Stance.Model.Labels;
using Stance.Model.Scoring;
using Stance.Training.Data;
using Stance.Training.Evaluation;
using Stance.Training.Packaging;
using Stance.Training.Pipeline;

namespace Stance.Training;

/// <summary>
/// Trains, evaluates and packages a Stance model: cross-validates the configuration (and each
/// trial) by article-grouped folds over all labeled sources, measures it on the real
/// training articles and on the real dev set beside baselines, draws the learning curve over
/// real articles, compares predicted label shares on corpus folders with gold shares, then
/// writes the model fitted on all data with thresholds from real out-of-fold predictions.
/// </summary>
public sealed class StanceTrainer(TrainingOptions options, IProgress<string>? progress = null)
{
    private const string RealSetting = "real training articles, grouped CV";
    private const string DevSetting = "dev-real";
    private const string RealSource = "real";

    /// <summary>Runs everything and writes the model to <see cref="TrainingOptions.OutputPath"/>.</summary>
    /// <exception cref="LabeledFileException">A data file is malformed, a reference cannot be resolved, or a dev article is among the training articles.</exception>
    /// <exception cref="TrainingDataException">Too few articles for the folds, or a fold with nothing that counts to train on.</exception>
    public TrainingReport Run()
    {
        var clock = Stopwatch.StartNew();
        var articles = TrainingDataLoader.Load(options.DataFiles, options.CorpusRoot);
        var (dev, skipped) = LoadDev(articles);
        var bySource = articles.GroupBy(a => a.Provenance).ToDictionary(g => g.Key, g => g.Sum(a => a.LabeledCount), StringComparer.Ordinal);
        Report($"{bySource.Values.Sum()} labeled sentences in {articles.Count} articles ({string.Join(", ", bySource.Select(p => $"{p.Key} {p.Value}"))}); dev: {(dev is null ? skipped : $"{dev.Sum(a => a.LabeledCount)} sentences in {dev.Count} articles")}");
        var foldOf = AssignFolds(articles);
        var model = WeightedDataCheck.Usable(articles, options.Model);
        if (!ReferenceEquals(model, options.Model))
        {
            Report("no sentence of the data counts under the shipped weights (real text only): every source weighs 1");
        }

        WeightedDataCheck.Ensure(articles, foldOf, options.Folds, model.Weights);

        var evaluations = new List<EvaluationResult>();
        var trials = new List<TrialResult>();
        var (folded, fitted, shipped) = RunTrial(model, articles, foldOf, dev, "shipped configuration");
        trials.Add(shipped);
        foreach (var trial in options.Trials)
        {
            trials.Add(RunTrial(WeightedDataCheck.Usable(articles, trial), articles, foldOf, dev, Describe(trial)).Result);
        }

        AddCrossValidation(folded, evaluations, bySource.Keys);
        if (dev is not null)
        {
            AddDev(dev, fitted, evaluations);
        }

        var curve = LearningCurve(model, articles, foldOf, shipped.RealCrossValidation);
        var manifest = BuildManifest(fitted, evaluations);
        var linear = LinearExporter.TryExport(fitted.Ml, fitted.FirstPass, model.Featurizer.InverseDocumentFrequency ? folded.Examples.Select(e => e.Text).ToList() : null);
        ModelPackager.Save(fitted.Ml, fitted.FirstPass, manifest, options.OutputPath, linear, fitted.Context);
        var loadClock = Stopwatch.StartNew();
        var written = StanceModel.Load(options.OutputPath);
        var loadMilliseconds = loadClock.Elapsed.TotalMilliseconds;
        var difference = MaxDifference(fitted, written, folded.Examples);
        Report($"model written to {options.OutputPath}; reloaded in {loadMilliseconds:F0} ms; its scorer matches ML.NET within {difference:G2}");
        return new TrainingReport
        {
            Evaluations = evaluations,
            Trials = trials,
            Configuration = Describe(model),
            LearningCurve = curve,
            LabelRates = LabelRates(written, dev),
            Thresholds = manifest.Thresholds,
            SentencesBySource = bySource,
            Sentences = folded.Examples.Count,
            Articles = articles.Count,
            DevSetSkipped = skipped,
            ModelPath = options.OutputPath,
            ModelBytes = new FileInfo(options.OutputPath).Length,
            LoadMilliseconds = loadMilliseconds,
            ScorerDifference = difference,
            Seconds = clock.Elapsed.TotalSeconds,
        };
    }

    /// <summary>
    /// Fits the shipped configuration's first pass on all data and nothing else (no evaluation,
    /// nothing written): the training cost alone, for benchmarks. Returns the seconds the fit took.
    /// </summary>
    public double TimeFit()
    {
        var articles = TrainingDataLoader.Load(options.DataFiles, options.CorpusRoot);
        var examples = ExampleBuilder.Build(articles, WeightedDataCheck.Usable(articles, options.Model).Weights);
        var clock = Stopwatch.StartNew();
        ClassifierSet.Fit(new MLContext(options.Seed), examples, options.Model.Featurizer, options.Model.Trainer, options.Model.Settings);
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Writes the resolved training and dev sentences with their folds (split, fold, article,
    /// provenance, labels, text) so that another system (the scikit-learn baseline) is trained and
    /// tested on exactly the same data and folds. The file holds corpus text: keep it out of the repository.
    /// </summary>
    public void ExportData(string path)
    {
        var articles = TrainingDataLoader.Load(options.DataFiles, options.CorpusRoot);
        var (dev, _) = LoadDev(articles);
        var foldOf = GroupedFolds.Assign(articles.Select(a => a.Id), options.Folds, options.Seed);
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("split\tfold\tarticle_id\tprovenance\tboilerplate\tlabels\ttext\tcontext");
        Write("train", articles, a => foldOf[a.Id]);
        Write("dev", dev ?? [], _ => -1);

        void Write(string split, IEnumerable<TrainingArticle> list, Func<TrainingArticle, int> fold)
        {
            foreach (var article in list)
            {
                for (var i = 0; i < article.Inputs.Length; i++)
                {
                    if (article.Gold[i] is { } gold)
                    {
                        writer.WriteLine($"{split}\t{fold(article)}\t{article.Id}\t{article.Provenance}\t{(article.Boilerplate[i] ? 1 : 0)}\t{gold}\t{article.Inputs[i].Text}\t{article.Inputs[i].Context}");
                    }
                }
            }
        }
    }

    private Dictionary<string, int> AssignFolds(IReadOnlyList<TrainingArticle> articles)
    {
        var ids = articles.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count();
        if (ids < options.Folds)
        {
            throw new TrainingDataException($"{ids} training articles cannot fill {options.Folds} cross-validation folds (--folds): label more articles or use fewer folds");
        }

        return GroupedFolds.Assign(articles.Select(a => a.Id), options.Folds, options.Seed);
    }

    private (FoldedPredictions Folded, FittedModel Fitted, TrialResult Result) RunTrial(ModelConfiguration configuration, List<TrainingArticle> articles, Dictionary<string, int> foldOf, List<TrainingArticle>? dev, string description)
    {
        Report($"trial '{configuration.Name}' ({description}): {options.Folds}-fold grouped CV and a fit on all data");
        var clock = Stopwatch.StartNew();
        var runner = new ConfigurationRunner(configuration, options.Seed, options.MaxParallelism);
        var (folded, fitted) = runner.Run(articles, foldOf);
        var real = folded.Evaluate(RealSetting, "stance", articles.Any(a => a.Provenance == RealSource) ? RealSource : null);
        EvaluationResult? devResult = null;
        if (dev is not null)
        {
            devResult = EvaluateDev(dev, fitted!, _ => true, DevSetting);
        }

        var result = new TrialResult(configuration.Name, description, real.MacroF1, devResult?.MacroF1, devResult?.PerLabel.Select(m => m.F1).ToList() ?? [], clock.Elapsed.TotalSeconds);
        Report($"  real CV macro-F1 {real.MacroF1:F3}; dev-real {(devResult is null ? "-" : devResult.MacroF1.ToString("F3"))} ({string.Join(" ", result.DevRealPerLabel.Select(f => f.ToString("F2")))}) in {result.Seconds:F0} s");
        return (folded, fitted!, result);
    }

    private (List<TrainingArticle>? Dev, string? Skipped) LoadDev(List<TrainingArticle> training)
    {
        if (options.DevSetFile is null)
        {
            return (null, "no dev set given");
        }

        var dev = TrainingDataLoader.Load([options.DevSetFile], options.CorpusRoot);
        var ids = training.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var overlap = dev.Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToList();
        return overlap.Count == 0
            ? (dev, null)
            : throw new LabeledFileException([new LabeledFileIssue(options.DevSetFile, 0, $"{overlap.Count} dev articles are also training articles (e.g. {overlap[0]}); a dev article is never trained on")]);
    }

    private static void AddCrossValidation(FoldedPredictions folded, List<EvaluationResult> evaluations, IEnumerable<string> sources)
    {
        foreach (var source in sources.Order(StringComparer.Ordinal).OrderBy(s => s == RealSource ? 0 : 1))
        {
            var setting = source == RealSource ? RealSetting : $"{source} articles, grouped CV";
            evaluations.Add(folded.Evaluate(setting, "stance", source));
            var indexes = Enumerable.Range(0, folded.Examples.Count).Where(i => folded.Examples[i].Provenance == source).ToList();
            evaluations.AddRange(Baselines(setting, indexes.ConvertAll(i => folded.Examples[i].Gold), indexes.ConvertAll(i => folded.Examples[i].Cues), indexes.ConvertAll(i => folded.Examples[i].IsBoilerplate)));
        }
    }

    private static void AddDev(List<TrainingArticle> dev, FittedModel fitted, List<EvaluationResult> evaluations)
    {
        var subsets = new List<(string Setting, Func<TrainingArticle, bool> Include)> { (DevSetting, _ => true) };
        subsets.AddRange(dev.Select(a => a.Folder).Distinct().Order(StringComparer.Ordinal).Select(f => ($"{DevSetting}: {f}", (Func<TrainingArticle, bool>)(a => a.Folder == f))));
        if (dev.Any(a => a.Selection == "enriched"))
        {
            subsets.Add(($"{DevSetting}: random articles", a => a.Selection != "enriched"));
            subsets.Add(($"{DevSetting}: enriched articles", a => a.Selection == "enriched"));
        }

        foreach (var (setting, include) in subsets)
        {
            evaluations.Add(EvaluateDev(dev, fitted, include, setting));
            var rows = dev.Where(include).SelectMany(a => Enumerable.Range(0, a.Inputs.Length).Where(i => a.Gold[i] is not null).Select(i => (Gold: a.Gold[i]!.Value, a.Inputs[i].Cues, Boilerplate: a.Boilerplate[i]))).ToList();
            evaluations.AddRange(Baselines(setting, rows.ConvertAll(r => r.Gold), rows.ConvertAll(r => r.Cues), rows.ConvertAll(r => r.Boilerplate)));
        }
    }

    private static EvaluationResult EvaluateDev(List<TrainingArticle> dev, FittedModel fitted, Func<TrainingArticle, bool> include, string setting)
    {
        var chosen = dev.Where(include).ToList();
        var probabilities = ConfigurationRunner.Predict(fitted, chosen);
        var gold = new List<LabelSet>();
        var predicted = new List<LabelSet>();
        for (var a = 0; a < chosen.Count; a++)
        {
            for (var i = 0; i < chosen[a].Inputs.Length; i++)
            {
                if (chosen[a].Gold[i] is { } g)
                {
                    gold.Add(g);
                    predicted.Add(chosen[a].Boilerplate[i] ? LabelSet.None : ThresholdTuner.Apply(probabilities[a][i], fitted.Thresholds));
                }
            }
        }

        return MultiLabelMetrics.Evaluate(setting, "stance", gold, predicted);
    }

    private List<LearningCurvePoint> LearningCurve(ModelConfiguration model, List<TrainingArticle> articles, Dictionary<string, int> foldOf, double full)
    {
        var realArticles = articles.Count(a => a.Provenance == RealSource);
        var points = new List<LearningCurvePoint>();
        if (realArticles == 0)
        {
            return points;
        }

        var otherSourcesCount = articles.Any(a => a.Provenance != RealSource && model.Weights.Counts(a.Provenance));
        var perFold = realArticles * (options.Folds - 1) / (double)options.Folds;
        foreach (var fraction in options.LearningCurve.Where(f => f < 1.0))
        {
            // A fold left with no real article would train on nothing when only real text counts.
            if (!otherSourcesCount && realArticles * fraction < 2 * options.Folds)
            {
                Report($"learning curve: {fraction:P0} of {realArticles} real articles is too few for {options.Folds} folds; point skipped");
                continue;
            }

            Report($"learning curve: {fraction:P0} of the real training articles");
            var (folded, _) = new ConfigurationRunner(model, options.Seed, options.MaxParallelism).Run(articles, foldOf, fraction, fitFinal: false);
            points.Add(new LearningCurvePoint(fraction, (int)Math.Ceiling(perFold * fraction), folded.Evaluate(RealSetting, "stance", RealSource).MacroF1));
        }

        points.Add(new LearningCurvePoint(1.0, (int)Math.Ceiling(perFold), full));
        return points;
    }

    private List<LabelRate> LabelRates(StanceModel model, List<TrainingArticle>? dev)
    {
        var rates = new List<LabelRate>();
        var scorer = new ArticleScorer(model);
        foreach (var folder in options.RateFolders.Where(Directory.Exists))
        {
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
            Report($"label shares over {folder}");
            var (files, _) = FileDiscovery.Find(new BatchOptions { Inputs = [folder] });
            var counts = new int[LabelSet.All.Count];
            var sentences = 0;
            var gate = new object();
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism }, file =>
            {
                ArticleResult result;
                try
                {
                    result = scorer.Score(file, ArticleReader.Read(file).Text, new ScoringOptions { ExplainTop = 0 });
                }
                catch (ArticleReadException)
                {
                    return;
                }

                lock (gate)
                {
                    foreach (var s in result.Sentences.Where(s => !s.IsBoilerplate))
                    {
                        sentences++;
                        foreach (var label in LabelSet.All.Where(s.Labels.Contains))
                        {
                            counts[(int)label]++;
                        }
                    }
                }
            });
            var gold = new List<LabelSet>();
            var predictedOnGold = new List<LabelSet>();
            foreach (var article in dev?.Where(a => a.Folder == name && a.Selection != "enriched") ?? [])
            {
                var scores = model.Score([.. article.Inputs.Select(i => i.Text)], article.Boilerplate);
                for (var i = 0; i < article.Inputs.Length; i++)
                {
                    if (article.Gold[i] is { } g && !article.Boilerplate[i])
                    {
                        gold.Add(g);
                        predictedOnGold.Add(scores[i].Labels);
                    }
                }
            }

            foreach (var label in LabelSet.All)
            {
                var predicted = sentences == 0 ? 0 : counts[(int)label] / (double)sentences;
                double? goldShare = gold.Count == 0 ? null : Math.Round(gold.Count(g => g.Contains(label)) / (double)gold.Count, 4);
                double? onGold = gold.Count == 0 ? null : Math.Round(predictedOnGold.Count(g => g.Contains(label)) / (double)gold.Count, 4);
                rates.Add(new LabelRate(name, LabelSet.NameOf(label), Math.Round(predicted, 4), goldShare, sentences, gold.Count, onGold));
            }
        }

        return rates;
    }

    /// <summary>
    /// Largest first-pass probability difference between the ML.NET pipeline and the model as
    /// loaded (its exported linear scorer); above 1e-3 the export is wrong, and training fails.
    /// </summary>
    private static double MaxDifference(FittedModel fitted, StanceModel written, IReadOnlyList<LabeledExample> examples)
    {
        var sample = examples.Where((_, i) => i % 4 == 0).ToList();
        var expected = ClassifierSet.Predict(fitted.Ml, fitted.FirstPass, sample);
        var actual = written.Predict(sample.Select(e => new ModelInput { Text = e.Text, Context = e.Context, Cues = e.Cues }).ToList());
        var differences = expected.Zip(actual).Select(pair => pair.First.Zip(pair.Second).Max(p => Math.Abs(p.First - p.Second))).ToList();
        var difference = differences.Count == 0 ? 0 : differences.Max();
        var worst = differences.IndexOf(difference);
        return difference <= 1e-3
            ? difference
            : throw new InvalidOperationException($"the exported scorer differs from ML.NET by up to {difference:G3} (on '{sample[worst].Text}'); the model was not written correctly");
    }

    private static IEnumerable<EvaluationResult> Baselines(string setting, List<LabelSet> gold, List<float[]> cues, List<bool> boilerplate)
    {
        yield return MultiLabelMetrics.Evaluate(setting, "always-none", gold, gold.ConvertAll(_ => LabelSet.None));
        yield return MultiLabelMetrics.Evaluate(setting, "cue rules", gold, cues.Select((c, i) => boilerplate[i] ? LabelSet.None : CueRuleBaseline.Predict(c)).ToList());
    }

    private ModelManifest BuildManifest(FittedModel fitted, List<EvaluationResult> evaluations)
    {
        var root = options.RepositoryRoot ?? Directory.GetCurrentDirectory();
        return new ModelManifest
        {
            Labels = [.. LabelSet.Names],
            Thresholds = LabelSet.Names.Select((name, i) => (name, fitted.Thresholds[i])).ToDictionary(p => p.name, p => p.Item2),
            Trainer = options.Model.Trainer.ToString().ToLowerInvariant(),
            Featurizer = options.Model.Featurizer.Describe(),
            CueVectorLength = ModelInput.CueVectorLength,
            LexiconHash = CueLexicon.Default.Hash,
            Seed = options.Seed,
            TrainingFiles = options.DataFiles
                .Select(f => new TrainingFile(Path.GetRelativePath(root, Path.GetFullPath(f)).Replace('\\', '/'), ModelPackager.Sha256(f)))
                .ToList(),
            Metrics = evaluations.Where(e => e.System == "stance")
                .ToDictionary(e => $"{e.Setting} macro-F1", e => Math.Round(e.MacroF1, 4)),
            TrainedAt = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            StanceVersion = typeof(StanceTrainer).Assembly.GetName().Version?.ToString(3) ?? string.Empty,
        };
    }

    private static string Describe(ModelConfiguration c) =>
        $"{c.Trainer.ToString().ToLowerInvariant()}; weights {c.Weights.Describe()}; {(c.ContextPass ? "context pass" : "no context pass")}; thresholds on {(c.ThresholdSources.Count == 0 ? "all" : string.Join("+", c.ThresholdSources))}{(c.ThresholdSelection is { } selection ? $" {selection} articles" : string.Empty)}; "
        + $"L2 {(c.Settings.LbfgsL2PerLabel is { } l2 ? string.Join("/", l2) : c.Settings.LbfgsL2.ToString("0.###"))}; words {c.Featurizer.WordNgramLength}-grams, chars {c.Featurizer.CharNgramLength}-grams";

    private void Report(string message) => progress?.Report(message);
}
