using Stance.Cli.Formatting;
using Stance.Model.Input;
using Stance.Model.Labels;
using Stance.Model.Reading;
using Stance.Model.Scoring;

namespace Stance.Cli;

/// <summary><c>stance score</c>: labels every sentence of one article, explains and summarises.</summary>
internal static class ScoreCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream>? stdin = null, bool outputIsTerminal = false)
    {
        string? path = null, modelPath = null, format = null, output = null;
        var thresholds = new Dictionary<StanceLabel, double>();
        var encoding = TextEncoding.Utf8;
        int? width = null;
        var reader = new ArgumentReader("score", args);
        while (reader.Next())
        {
            switch (reader.Option)
            {
                case "-h" or "--help":
                    stdout.Write(Usage.Score);
                    return ExitCodes.Ok;
                case "--format": format = reader.Value(); break;
                case "--model": modelPath = reader.Value(); break;
                case "--out": output = reader.Value(); break;
                case "--encoding": encoding = EncodingOption.Parse(reader.Value()); break;
                case "--width": width = ParseWidth(reader.Value()); break;
                case "--threshold":
                    var (label, p) = ModelLoader.ParseThreshold(reader.Value());
                    thresholds[label] = p;
                    break;
                default:
                    if (reader.IsOption)
                    {
                        throw reader.Unknown();
                    }

                    path = path is null ? reader.Current : throw new UsageException("score takes one FILE (use 'stance batch' for many).");
                    break;
            }
        }

        if (path is null)
        {
            throw new UsageException("score needs a FILE (or - for standard input).");
        }
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

    private static int ParseWidth(string text) =>
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
