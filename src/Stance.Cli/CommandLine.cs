namespace Stance.Cli;

/// <summary>Entry point that dispatches sub-commands; all output goes through the given writers.</summary>
internal static class CommandLine
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream>? stdin = null, bool outputIsTerminal = false, bool stderrIsTerminal = false)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.Write(Usage.Main);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        if (args[0] is "--version" or "-V")
        {
            stdout.WriteLine($"stance {typeof(CommandLine).Assembly.GetName().Version?.ToString(3)}");
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
                "batch" => BatchCommand.Run(rest, stdout, stderr, stderrIsTerminal),
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
