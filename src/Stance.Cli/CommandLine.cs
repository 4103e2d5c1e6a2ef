using System.CommandLine;
using System.CommandLine.Help;
using Stance.Cli.Parsing;

namespace Stance.Cli;

/// <summary>Entry point that dispatches sub-commands; all output goes through the given writers.</summary>
internal static class CommandLine
{
    /// <summary>
    /// Paths are taken as written: no response files (<c>@args.txt</c> would be read as arguments)
    /// and no bundling of single-dash letters (<c>-dash.txt</c> is a misplaced path, never -d -a -s...).
    /// </summary>
    public static ParserConfiguration Configuration { get; } = new() { ResponseFileTokenReplacer = null, EnablePosixBundling = false };

    private const string MainNotes = """
        Run 'stance COMMAND --help' (or 'stance help COMMAND') for a command's options. '--opt=value'
        works too; '--' ends the options (stance score -- -draft.txt). Tab completion: see
        'stance completion --help'. Exit codes are listed in README.md.
        """;

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
        var context = new CliContext(stdout, stderr, stdin, outputIsTerminal, stderrIsTerminal, cancel);
        var result = Root(context).Parse(args, Configuration);
        // Help and the [suggest] directive answer whatever else the line holds.
        if (result.Action is not { ClearsParseErrors: true } && ParseErrorMessages.Describe(result) is { } problem)
        {
            return UsageError(stderr, problem);
        }

        try
        {
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
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

    /// <summary>Every command, option and argument of the tool: its help, parsing and completion all come from here.</summary>
    public static RootCommand Root(CliContext context)
    {
        var root = new RootCommand("Labels every sentence of a news article with its rhetorical moves (accuse, deny, deflect, cite-evidence).")
        {
            HelpName = "stance",
        };

        // Completion scripts pass the whole line, which starts with the tool's name or path.
        if (root.Name != "stance")
        {
            // In tests the process is the test host.
            root.Aliases.Add("stance");
        }
        foreach (var option in root.Options.Where(o => o is HelpOption or VersionOption).ToList())
        {
            root.Options.Remove(option);
        }

        // Not the library's /h and /? aliases: on Unix those are paths.
        root.Options.Add(new HelpOption("--help", "-h") { Action = new HelpWithNotes(MainNotes), Recursive = true });
        root.Options.Add(new VersionOption("--version", "-V") { Description = "Show the version of the tool and of its model", Action = new DelegateAction(_ => Print(context.Stdout, VersionText())) });
        root.Subcommands.Add(ScoreCommand.Build(context));
        root.Subcommands.Add(EvaluateCommand.Build(context));
        root.Subcommands.Add(BatchCommand.Build(context));
        root.Subcommands.Add(MergeCommand.Build(context));
        root.Subcommands.Add(AnnotateCommand.Build(context));
        root.Subcommands.Add(SegmentCommand.Build(context));
        root.Subcommands.Add(AttributionEvalCommand.Build(context));
        root.Subcommands.Add(TrainCommand.Build(context));
        root.Subcommands.Add(CompletionCommand.Build(context));
        root.Subcommands.Add(HelpCommand(context, [.. root.Subcommands.Select(c => c.Name), "help"]));

        // 'stance' alone prints the help, as a usage error: nothing was asked.
        root.SetAction(result =>
        {
            new HelpWithNotes(MainNotes).Invoke(result);
            return ExitCodes.Usage;
        });
        return root;
    }

    /// <summary><c>stance help [COMMAND]</c> is <c>stance [COMMAND] --help</c>.</summary>
    private static StanceCommand HelpCommand(CliContext context, string[] commands)
    {
        var command = new Argument<string>("COMMAND") { Description = "the command to explain", HelpName = "COMMAND", Arity = ArgumentArity.ZeroOrOne };
        command.CompletionSources.Add(commands);
        return new StanceCommand("help", "Prints the help of the tool or of one command.", command)
        {
            Run = result => result.GetValue(command) is { } name && !commands.Contains(name, StringComparer.Ordinal)
                ? UsageError(context.Stderr, $"unknown command '{name}'{Suggestions.For(name, commands)}.")
                : Run(result.GetValue(command) is { } known ? [known, "--help"] : ["--help"], context.Stdout, context.Stderr, context.Stdin, context.OutputIsTerminal, context.StderrIsTerminal, context.Cancel),
        };
    }

    private static int Print(TextWriter writer, string text)
    {
        writer.Write(text);
        return ExitCodes.Ok;
    }

    private static int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine($"stance: {message}");
        stderr.WriteLine("Run 'stance --help' for usage.");
        return ExitCodes.Usage;
    }
}
