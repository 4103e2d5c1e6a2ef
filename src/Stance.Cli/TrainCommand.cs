using System.Text.Json;
using ConsoleTables;
using Stance.Cli.Parsing;
using Stance.Model.Data;
using Stance.Training;
using Stance.Training.Evaluation;
using Stance.Training.Pipeline;

namespace Stance.Cli;

/// <summary><c>stance train</c>: rebuilds a model from labeled files and prints its evaluation.</summary>
internal static class TrainCommand
{
    public const string DefaultModelPath = "src/Stance.Model/Resources/Model/stance-model.zip";

    /// <summary>The command, its options and their help.</summary>
    public static StanceCommand Build(CliContext cli)
    {
        var data = Declare.Many("--data", "FILE", "labeled files: LABELS.md rows, corpus references (corpus, source, start, end, sha256) or a corrected annotate queue / decisions file (default: the checkout's data/seed-sentences.tsv, data/authored-sentences.tsv, data/real-train.tsv, data/real-round5.tsv, data/real-round6.tsv and data/real-round7.tsv)");
        var output = Declare.Value("--out", "PATH", "model file (default: the shipped model inside src/Stance.Model)");
        var trainer = Declare.Choice("--trainer", "auto (default: L-BFGS), sdca, lbfgs or fasttree", "auto", "sdca", "lbfgs", "fasttree");
        var seed = Declare.Int("--seed", "N", "seed of folds and trainers", 0, int.MaxValue, 42);
        var folds = Declare.Int("--folds", "N", "cross-validation folds", 2, 50, 5);
        var dev = Declare.Value("--dev", "FILE", "real-text dev set, never trained on (default data/dev-real.tsv)");
        var noDev = Declare.Flag("--no-dev", "no dev-set evaluation");
        var corpus = Declare.Value("--corpus", "DIR", "where referenced corpus files are (default ../shared/corpora)");
        var rates = Declare.Many("--rates", "FOLDER", "corpus folders whose predicted label shares are compared with the dev set's gold shares (default: the corpus's top-level folders)");
        var noRates = Declare.Flag("--no-rates", "skip that comparison");
        var noTrials = Declare.Flag("--no-trials", "train the shipped configuration only, without the other trials");
        return new StanceCommand("train", "Trains a model, evaluates it by grouped cross-validation, writes it.", data, output, trainer, seed, folds, dev, noDev, corpus, rates, noRates, noTrials)
        {
            Notes = "Prints the trials, evaluation tables, label shares and learning curve, and writes them\nas JSON beside the model.",
            Run = r => Run(
                // Not given is null (the checkout's defaults); GetValue alone gives an empty list.
                r.GetResult(data) is null ? null : r.GetValue(data), r.GetValue(output), r.GetValue(noDev) ? string.Empty : r.GetValue(dev), r.GetValue(corpus),
                r.GetValue(noRates) ? [] : r.GetResult(rates) is null ? null : r.GetValue(rates),
                ParseTrainer(r.GetValue(trainer) ?? "auto"), r.GetValue(seed), r.GetValue(folds), !r.GetValue(noTrials), cli.Stdout, cli.Stderr),
        };
    }

    private static int Run(List<string>? data, string? output, string? dev, string? corpus, List<string>? rateFolders, TrainerKind? trainer, int seed, int folds, bool trials, TextWriter stdout, TextWriter stderr)
    {
        var root = RepositoryLocator.FindRoot();
        if ((data is null || output is null) && root is null)
        {
            throw new UsageException("outside a Stance checkout, give --data FILE... and --out PATH.");
        }

        data ??= [.. DefaultData.Select(f => Path.Combine(root!, "data", f))];
        output ??= Path.Combine(root!, DefaultModelPath);
        OutputGuard.RefuseOverwritingInputs(output, dev is null ? data : [.. data, dev]);
        OutputGuard.RefuseOverwritingInputs(Path.ChangeExtension(output, ".evaluation.json"), dev is null ? data : [.. data, dev]);
        if (root is not null)
        {
            dev ??= Path.Combine(root, "data", "dev-real.tsv");
            rateFolders ??= [.. CorpusFolders.Select(f => Path.Combine(root, "..", "shared", "corpora", f)).Where(Directory.Exists)];
        }

        foreach (var file in data.Concat(dev is { Length: > 0 } ? [dev] : []))
        {
            if (!File.Exists(file))
            {
                stderr.WriteLine($"stance: labeled file '{file}' does not exist");
                return ExitCodes.InputNotReadable;
            }
        }

        if (corpus is not null && !Directory.Exists(corpus))
        {
            stderr.WriteLine($"stance: corpus folder '{corpus}' (--corpus) does not exist");
            return ExitCodes.InputNotReadable;
        }

        var shipped = trainer is { } kind ? StandardTrials.Shipped with { Trainer = kind } : StandardTrials.Shipped;
        var options = new TrainingOptions
        {
            DataFiles = data,
            RepositoryRoot = root,
            OutputPath = output,
            DevSetFile = dev is { Length: > 0 } ? dev : null,
            CorpusRoot = corpus,
            RateFolders = rateFolders ?? [],
            Model = shipped,
            Trials = trials ? StandardTrials.All : [],
            Seed = seed,
            Folds = folds,
        };

        TrainingReport report;
        try
        {
            report = new StanceTrainer(options, new Progress(stderr)).Run();
        }
        catch (LabeledFileException e)
        {
            stderr.WriteLine($"stance: labeled data cannot be used:{Environment.NewLine}{e.Message}");
            return ExitCodes.DataInvalid;
        }
        catch (Stance.Training.Data.TrainingDataException e)
        {
            stderr.WriteLine($"stance: labeled data cannot train a model: {e.Message}");
            return ExitCodes.DataInvalid;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"stance: {e.Message}");
            return ExitCodes.OutputNotWritable;
        }

        PrintReport(report, stdout);
        var json = Path.ChangeExtension(output, ".evaluation.json");
        File.WriteAllText(json, JsonSerializer.Serialize(report, Stance.Model.Scoring.ManifestJson.Options));
        stdout.WriteLine($"Model: {report.ModelPath} ({report.ModelBytes / 1024.0 / 1024.0:F2} MB, reloads in {report.LoadMilliseconds:F0} ms); evaluation: {json}; {report.Seconds:F0} s in all.");
        return ExitCodes.Ok;
    }

    /// <summary>The corpus folders (under ../shared/corpora) whose label shares the report compares with gold.</summary>
    private static readonly string[] CorpusFolders = ["fakes-syria", "fnc1-bodies"];

    /// <summary>The checkout's labeled files the shipped model is trained on (data/).</summary>
    public static readonly IReadOnlyList<string> DefaultData = ["seed-sentences.tsv", "authored-sentences.tsv", "real-train.tsv", "real-round5.tsv", "real-round6.tsv", "real-round7.tsv"];

    private static TrainerKind? ParseTrainer(string name) => name.ToLowerInvariant() switch
    {
        "auto" => null,
        "sdca" => TrainerKind.Sdca,
        "lbfgs" => TrainerKind.Lbfgs,
        "fasttree" => TrainerKind.FastTree,
        _ => throw new UsageException($"unknown trainer '{name}': use auto, sdca, lbfgs or fasttree."),
    };

    private static void PrintReport(TrainingReport report, TextWriter stdout)
    {
        stdout.WriteLine($"Training data: {report.Sentences} labeled sentences in {report.Articles} articles ({string.Join(", ", report.SentencesBySource.Select(p => $"{p.Key} {p.Value}"))}).");
        stdout.WriteLine($"Shipped configuration: {report.Configuration}");
        stdout.WriteLine("Trials (macro-F1; each differs from the shipped configuration in one choice):");
        var trials = new ConsoleTable("trial", "real CV", "dev-real", "accuse", "deny", "deflect", "cite-ev.", "seconds");
        foreach (var t in report.Trials)
        {
            var perLabel = t.DevRealPerLabel.Count == 4 ? t.DevRealPerLabel.Select(F).ToArray() : ["-", "-", "-", "-"];
            trials.AddRow(t.Name, F(t.RealCrossValidation), t.DevReal is { } d ? F(d) : "-", perLabel[0], perLabel[1], perLabel[2], perLabel[3], t.Seconds.ToString("F0"));
        }

        stdout.Write(trials.ToMinimalString());
        stdout.WriteLine("Evaluation (per-label F1; precision and recall below and in the JSON):");
        var table = new ConsoleTable("setting", "system", "n", "accuse", "deny", "deflect", "cite-ev.", "macro-F1", "micro-F1", "exact");
        foreach (var e in report.Evaluations)
        {
            table.AddRow(e.Setting, e.System, e.Sentences, F(e.PerLabel[0].F1), F(e.PerLabel[1].F1), F(e.PerLabel[2].F1), F(e.PerLabel[3].F1), F(e.MacroF1), F(e.MicroF1), F(e.ExactMatch));
        }

        stdout.Write(table.ToMinimalString());
        stdout.WriteLine("Per label, Stance rows (precision / recall / F1 / support):");
        var detail = new ConsoleTable("setting", "label", "precision", "recall", "F1", "support");
        foreach (var e in report.Evaluations.Where(e => e.System == "stance"))
        {
            foreach (var m in e.PerLabel)
            {
                detail.AddRow(e.Setting, m.Label, F(m.Precision), F(m.Recall), F(m.F1), m.Support);
            }
        }

        stdout.Write(detail.ToMinimalString());
        if (report.DevSetSkipped is not null)
        {
            stdout.WriteLine($"dev-real: {report.DevSetSkipped}");
        }

        if (report.LabelRates.Count > 0)
        {
            stdout.WriteLine("Label shares: predicted over each corpus folder vs gold in the folder's random dev articles,");
            stdout.WriteLine("and predicted on those same dev sentences (tells the model's bias from the sample's):");
            var rates = new ConsoleTable("folder", "label", "predicted", "gold", "predicted/gold", "on gold sentences", "ratio there", "sentences", "gold sentences");
            foreach (var r in report.LabelRates)
            {
                rates.AddRow(r.Folder, r.Label, r.Predicted.ToString("P1"), r.Gold is { } g ? g.ToString("P1") : "-", r.Ratio is { } x ? x.ToString("F2") : "-",
                    r.PredictedOnGold is { } p ? p.ToString("P1") : "-", r.RatioOnGold is { } y ? y.ToString("F2") : "-", r.Sentences, r.GoldSentences);
            }

            stdout.Write(rates.ToMinimalString());
        }

        stdout.WriteLine("Learning curve (real-text grouped CV macro-F1; other sources kept whole):");
        var curve = new ConsoleTable("share of real training articles", "real articles per fold", "macro-F1");
        foreach (var p in report.LearningCurve)
        {
            curve.AddRow(p.Fraction.ToString("P0"), p.TrainingArticles, F(p.MacroF1));
        }

        stdout.Write(curve.ToMinimalString());
        stdout.WriteLine("Thresholds: " + string.Join(", ", report.Thresholds.Select(t => $"{t.Key}={t.Value:F2}")));
    }

    private static string F(double value) => value.ToString("F3");

    private sealed class Progress(TextWriter stderr) : IProgress<string>
    {
        private readonly DateTime _start = DateTime.UtcNow;

        public void Report(string value) => stderr.WriteLine($"[{(DateTime.UtcNow - _start).TotalSeconds,5:F1}s] {value}");
    }
}
