using System.Text.Json;
using ConsoleTables;
using Stance.Cli.Parsing;
using Stance.Model.Data;
using Stance.Model.Labels;
using Stance.Model.Scoring;
using Stance.Model.Segmentation;
using Stance.Training.Evaluation;

namespace Stance.Cli;

/// <summary><c>stance evaluate</c>: classifies gold sentences as given and reports precision, recall and F1.</summary>
internal static class EvaluateCommand
{
    /// <summary>The command, its options and their help.</summary>
    public static StanceCommand Build(CliContext cli)
    {
        var gold = Declare.Many("--gold", "FILE", "gold files in the LABELS.md format, or rows that point into a corpus (source, start, end: e.g. data/dev-real.tsv)");
        gold.Required = true;
        var model = CommonOptions.Model();
        var format = Declare.Choice("--format", "table (default) or json", "table", "json");
        var thresholds = CommonOptions.Thresholds();
        var corpus = Declare.Value("--corpus", "DIR", "the corpus folder of rows that point into one (default: the one the file names)");
        return new StanceCommand("evaluate", "Measures a model on gold files: precision, recall, F1 per label.", gold, model, format, thresholds, corpus)
        {
            Notes = """
                Classifies the sentences of the gold files as they are, without re-segmenting, and prints
                per-label precision, recall, F1 and support, macro-F1, micro-F1 and exact-set accuracy.
                Malformed rows are reported with file and line (exit 4).
                """,
            Run = r => Run(r.GetValue(gold)!, r.GetValue(model), r.GetValue(corpus), r.GetValue(format) ?? "table", CommonOptions.ThresholdsOf(r.GetValue(thresholds)), cli.Stdout, cli.Stderr),
        };
    }

    private static int Run(List<string> gold, string? modelPath, string? corpus, string format, Dictionary<StanceLabel, double> thresholds, TextWriter stdout, TextWriter stderr)
    {
        var sentences = new List<LabeledSentence>();
        foreach (var file in gold)
        {
            var result = LabeledFileReader.Read(file);
            if (!result.IsValid)
            {
                stderr.WriteLine($"stance: malformed gold file:{Environment.NewLine}{string.Join(Environment.NewLine, result.Issues.Take(20))}");
                return result.Issues.All(i => i.Line == 0 && i.Message.StartsWith("cannot read", StringComparison.Ordinal)) ? ExitCodes.InputNotReadable : ExitCodes.DataInvalid;
            }

            sentences.AddRange(result.Sentences);
        }

        IReadOnlyList<LabeledArticle> articles;
        try
        {
            articles = new ReferenceResolver().Resolve(sentences, corpus);
        }
        catch (LabeledFileException e)
        {
            stderr.WriteLine($"stance: gold rows cannot be resolved:{Environment.NewLine}{string.Join(Environment.NewLine, e.Issues.Take(20))}");
            return ExitCodes.DataInvalid;
        }

        var model = ModelLoader.Load(modelPath);
        var goldSets = new List<LabelSet>();
        var predicted = new List<LabelSet>();
        foreach (var article in articles)
        {
            // Every sentence of the article is scored (neighbours are features); only the labeled ones count.
            var scores = model.Score(article.Sentences, article.Boilerplate, thresholds.Count > 0 ? thresholds : null);
            for (var i = 0; i < scores.Count; i++)
            {
                if (article.Labeled[i] is { } row)
                {
                    goldSets.Add(row.Labels);
                    predicted.Add(scores[i].Labels);
                }
            }
        }

        var evaluation = MultiLabelMetrics.Evaluate(string.Join(" ", gold.Select(Path.GetFileName)), model.Source, goldSets, predicted);
        if (format == "json")
        {
            stdout.Write(JsonSerializer.Serialize(evaluation, ManifestJson.Options) + "\n");
            return ExitCodes.Ok;
        }

        stdout.Write($"{evaluation.Sentences} sentences in {articles.Count} articles, model: {model.Source}\n\n");
        var table = new ConsoleTable("label", "precision", "recall", "F1", "support");
        foreach (var m in evaluation.PerLabel)
        {
            table.AddRow(m.Label, F(m.Precision), F(m.Recall), F(m.F1), m.Support);
        }

        stdout.Write(table.ToMinimalString().Replace("\r\n", "\n", StringComparison.Ordinal));
        stdout.Write($"\nmacro-F1 {F(evaluation.MacroF1)}   micro-F1 {F(evaluation.MicroF1)}   exact-set accuracy {F(evaluation.ExactMatch)}\n");
        return ExitCodes.Ok;
    }

    private static string F(double value) => value.ToString("F3", System.Globalization.CultureInfo.InvariantCulture);
}
