namespace Stance.Cli;

/// <summary>Entry point that dispatches sub-commands; all output goes through the given writers.</summary>
internal static class CommandLine
{
    /// <summary>The tool's version and the identity of the model inside it, so a result can always be traced to both.</summary>
    private static string VersionText()
    {
        var text = new System.Text.StringBuilder($"stance {ModelIdentity.ToolVersion}\n");
        try
        {
            var model = Stance.Model.Scoring.StanceModel.LoadDefault();
            var manifest = model.Manifest;
            var devReal = manifest.Metrics.TryGetValue("dev-real macro-F1", out var f1) ? f1.ToString("F3", System.Globalization.CultureInfo.InvariantCulture) : "not measured";
            var data = string.Join(", ", manifest.TrainingFiles.Select(f => $"{f.Path} (sha256 {f.Sha256[..Math.Min(12, f.Sha256.Length)]})"));
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"model: {ModelIdentity.Of(model)}\n");
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"  dev-real macro-F1 {devReal}; training data {data}\n");
        }
        catch (Stance.Model.Scoring.ModelLoadException e)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"model: the shipped model cannot be loaded ({e.Message})\n");
        }

        return text.ToString();
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream>? stdin = null, bool outputIsTerminal = false, bool stderrIsTerminal = false, CancellationToken cancel = default)
    {
        if (args is ["help", var command, ..])
        {
            // 'stance help score' is 'stance score --help'.
            return Run([command, "--help"], stdout, stderr, stdin, outputIsTerminal, stderrIsTerminal, cancel);
        }

        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.Write(Usage.Main);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        if (args[0] is "--version" or "-V")
        {
            stdout.Write(VersionText());
            return ExitCodes.Ok;
        }

        var rest = args[1..];
        try
        {
            return args[0] switch
            {
                "segment" => SegmentCommand.Run(rest, stdout, stderr),
                "train" => TrainCommand.Run(rest, stdout, stderr),
                "score" => ScoreCommand.Run(rest, stdout, stderr, stdin, outputIsTerminal),
                "evaluate" => EvaluateCommand.Run(rest, stdout, stderr),
                "batch" => BatchCommand.Run(rest, stdout, stderr, stderrIsTerminal, cancel),
                "merge" => MergeCommand.Run(rest, stdout, stderr),
                "attribution-eval" => AttributionEvalCommand.Run(rest, stdout, stderr),
                "annotate" => AnnotateCommand.Run(rest, stdout, stderr, !Console.IsInputRedirected && outputIsTerminal),
                _ => UsageError(stderr, $"unknown command '{args[0]}'."),
            };
        }
        catch (UsageException e)
        {
            return UsageError(stderr, e.Message);
        }
        catch (CommandFailedException e)
        {
            stderr.WriteLine($"stance: {e.Message}");
            return e.ExitCode;
        }
    }

    private static int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine($"stance: {message}");
        stderr.WriteLine("Run 'stance --help' for usage.");
        return ExitCodes.Usage;
    }
}
