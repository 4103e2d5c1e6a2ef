using Stance.Cli.Formatting;
using Stance.Cli.Parsing;
using Stance.Model.Input;
using Stance.Model.Labels;
using Stance.Model.Reading;
using Stance.Model.Scoring;

namespace Stance.Cli;

/// <summary><c>stance score</c>: labels every sentence of one article, explains and summarises.</summary>
internal static class ScoreCommand
{
    /// <summary>The command, its options and their help.</summary>
    public static StanceCommand Build(CliContext cli)
    {
        var file = Declare.One("FILE", "the article: .txt, .html/.htm, .md, or - for standard input");
        var format = Declare.Choice("--format", "table: sentences, probabilities, reasons, summary (default on a terminal); json: one object (schema in README.md); tsv: LABELS.md columns, p_* and boilerplate (default when piped or with --out); html: a self-contained page, reasons on hover or focus", "table", "json", "tsv", "html");
        var model = CommonOptions.Model();
        var thresholds = CommonOptions.Thresholds();
        var output = Declare.Value("--out", "FILE", "write to FILE (atomically) instead of standard output; its extension (.html, .json, .tsv, .txt) picks the format when --format is not given. Never an input (the article or the model)");
        var encoding = CommonOptions.Encoding();
        var width = Declare.Parsed<int?>("--width", "N", "table width in columns (default: the terminal's, else 120); long sentences wrap inside their column", ParseWidth);
        return new StanceCommand("score", "Labels every sentence of one article, says why, and summarises.", file, format, model, thresholds, output, encoding, width)
        {
            Run = r => Run(r.GetValue(file)!, r.GetValue(model), r.GetValue(format), r.GetValue(output), CommonOptions.ThresholdsOf(r.GetValue(thresholds)), r.GetValue(encoding), r.GetValue(width), cli),
        };
    }

    private static int Run(string path, string? modelPath, string? format, string? output, Dictionary<StanceLabel, double> thresholds, TextEncoding encoding, int? width, CliContext cli)
    {
        var (stdout, stderr, stdin, outputIsTerminal) = (cli.Stdout, cli.Stderr, cli.Stdin, cli.OutputIsTerminal);
        // Like batch, a file's extension says its format; an unknown one gets TSV (the LABELS.md format).
        format ??= output is not null ? FormatOf(output) : outputIsTerminal ? "table" : "tsv";
        if (output is not null)
        {
            OutputGuard.RefuseOverwritingInputs(output, modelPath is null ? [path] : [path, modelPath]);
        }

        IArticleFormatter formatter = format switch
        {
            "table" => new TableFormatter(width ?? (outputIsTerminal ? SafeWindowWidth() : TableFormatter.DefaultWidth)),
            "json" => new JsonFormatter(),
            "tsv" => new TsvFormatter(),
            "html" => new HtmlFormatter(),
            _ => throw new UsageException($"unknown format '{format}' for score: use table, json, tsv or html."),
        };

        ArticleText article;
        try
        {
            var readerOptions = new ArticleReaderOptions { Encoding = encoding };
            article = path == "-" ? ArticleReader.Read((stdin ?? Console.OpenStandardInput)(), "-", readerOptions) : ArticleReader.Read(path, readerOptions);
            if (article.Warning is { } warning)
            {
                stderr.WriteLine($"stance: warning: {path}: {warning}");
            }
        }
        catch (ArticleReadException e)
        {
            stderr.WriteLine($"stance: {e.Message}");
            return ExitCodes.InputNotReadable;
        }

        // Reading a web page costs about as much as loading the model on a cold start: do both at once.
        var text = article.Text;
        var reading = Task.Run(() => new DocumentReader().Read(path, text));
        var model = ModelLoader.Load(modelPath);

        // TSV has no column for reasons; skipping them saves the explainer's start-up.
        var explainTop = formatter is TsvFormatter ? 0 : ScoringOptions.Default.ExplainTop;
        var result = new ArticleScorer(model).Score(article.Name, article.Text, reading.GetAwaiter().GetResult(), new ScoringOptions { Thresholds = thresholds, ExplainTop = explainTop });
        if (output is null)
        {
            formatter.Write(result, model, stdout);
            return ExitCodes.Ok;
        }

        try
        {
            AtomicFile.Write(output, writer => formatter.Write(result, model, writer));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"stance: {e.Message}");
            return ExitCodes.OutputNotWritable;
        }

        return ExitCodes.Ok;
    }

    /// <summary>The format an output file's extension implies.</summary>
    public static string FormatOf(string output) => Path.GetExtension(output).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "html",
        ".json" => "json",
        ".txt" or ".table" => "table",
        _ => "tsv",
    };

    private static int? ParseWidth(string text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var width) && width >= TableFormatter.MinWidth
            ? width
            : throw new UsageException($"--width takes a number of columns, at least {TableFormatter.MinWidth}, not '{text}'.");

    private static int SafeWindowWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return TableFormatter.DefaultWidth;
        }
    }
}
