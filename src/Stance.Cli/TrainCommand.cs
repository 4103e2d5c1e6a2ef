using System.Text.Json;
using ConsoleTables;
using Stance.Model.Data;
using Stance.Training;
using Stance.Training.Evaluation;
using Stance.Training.Pipeline;

namespace Stance.Cli;

/// <summary><c>stance train</c>: rebuilds a model from labeled files and prints its evaluation.</summary>
internal static class TrainCommand
{
    public const string DefaultModelPath = "src/Stance.Model/Resources/Model/stance-model.zip";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = RepositoryLocator.FindRoot();
        List<string>? data = null;
        string? output = null, dev = null, corpus = null;
        TrainerKind? trainer = null;
        int seed = 42, folds = 5;
        var reader = new ArgumentReader("train", args);
        while (reader.Next())
        {
            switch (reader.Current)
            {
                case "-h" or "--help":
                    stdout.Write(Usage.Train);
                    return ExitCodes.Ok;
                case "--data": data = reader.Values(); break;
                case "--out": output = reader.Value(); break;
                case "--dev": dev = reader.Value(); break;
                case "--corpus": corpus = reader.Value(); break;
                case "--seed": seed = reader.IntValue(0, int.MaxValue); break;
                case "--folds": folds = reader.IntValue(2, 50); break;
                case "--trainer": trainer = ParseTrainer(reader.Value()); break;
                default: throw reader.Unknown();
            }
        }

        if ((data is null || output is null) && root is null)
        {
            throw new UsageException("outside a Stance checkout, give --data FILE... and --out PATH.");
        }

        data ??= [Path.Combine(root!, "data", "seed-sentences.tsv"), Path.Combine(root!, "data", "authored-sentences.tsv")];
        output ??= Path.Combine(root!, DefaultModelPath);
        if (root is not null)
        {
            dev ??= Path.Combine(root, "data", "dev-real.tsv");
            corpus ??= Path.Combine(root, "..", "shared", "corpora");
        }

        foreach (var file in data)
        {
            if (!File.Exists(file))
            {
                stderr.WriteLine($"stance: training file '{file}' does not exist");
                return ExitCodes.InputNotReadable;
            }
        }

        var options = new TrainingOptions
        {
            DataFiles = data,
            RepositoryRoot = root,
            OutputPath = output,
            DevSetFile = dev is not null && File.Exists(dev) ? dev : null,
            CorpusRoot = corpus,
            Trainer = trainer,
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
            stderr.WriteLine($"stance: malformed labeled data:{Environment.NewLine}{e.Message}");
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
        stdout.WriteLine($"Trainers compared (macro-F1, {report.Articles} articles, grouped CV):");
        var trainers = new ConsoleTable("trainer", "macro-F1", "micro-F1", "seconds");
        foreach (var t in report.Trainers)
        {
            trainers.AddRow(t.Trainer + (t.Trainer == report.ChosenTrainer ? " *" : string.Empty), F(t.MacroF1), F(t.MicroF1), t.Seconds.ToString("F1"));
        }

        stdout.Write(trainers.ToMinimalString());
        stdout.WriteLine("Evaluation (per-label F1; P/R in the JSON):");
        var table = new ConsoleTable("setting", "system", "n", "accuse", "deny", "deflect", "cite-ev.", "macro-F1", "micro-F1", "exact");
        foreach (var e in report.Evaluations)
        {
            table.AddRow(e.Setting, e.System, e.Sentences, F(e.PerLabel[0].F1), F(e.PerLabel[1].F1), F(e.PerLabel[2].F1), F(e.PerLabel[3].F1), F(e.MacroF1), F(e.MicroF1), F(e.ExactMatch));
        }

        stdout.Write(table.ToMinimalString());
        stdout.WriteLine("Per label, Stance rows (precision / recall / F1 / support):");
        var detail = new ConsoleTable("setting", "label", "precision", "recall", "F1", "support");
        foreach (var e in report.Evaluations.Where(e => e.System.StartsWith("stance", StringComparison.Ordinal)))
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

        stdout.WriteLine("Learning curve (grouped CV macro-F1):");
        var curve = new ConsoleTable("share of training articles", "articles", "macro-F1");
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
