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

    /// <summary>Parses <paramref name="args"/> and runs the command they name; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream>? stdin = null, bool outputIsTerminal = false, bool stderrIsTerminal = false, CancellationToken cancel = default)
    {
        var context = new CliContext(stdout, stderr, stdin, outputIsTerminal, stderrIsTerminal, cancel);
        var result = Root(context, args is [var first, ..] && Commands.Any(c => c.Name == first) ? first : null).Parse(args, Configuration);

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

    /// <summary>The commands, in the order the help lists them, each declared by its own class.</summary>
    private static readonly (string Name, Func<CliContext, StanceCommand> Build)[] Commands =
    [
        ("score", ScoreCommand.Build),
        ("evaluate", EvaluateCommand.Build),
        ("batch", BatchCommand.Build),
        ("merge", MergeCommand.Build),
        ("annotate", AnnotateCommand.Build),
        ("segment", SegmentCommand.Build),
        ("attribution-eval", AttributionEvalCommand.Build),
        ("train", TrainCommand.Build),
        ("completion", CompletionCommand.Build),
    ];

    /// <summary>Every command, option and argument of the tool: its help, parsing and completion all come from here.</summary>
    /// <param name="context">Where the commands write and read.</param>
    /// <param name="only">
    /// The command the line starts with, when it names one: the others are not declared, which
    /// keeps their many options out of a cold start (a line that starts with a command never
    /// reaches the other commands).
    /// </param>
    public static RootCommand Root(CliContext context, string? only = null)
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

        // The root's own help and version options, re-aimed rather than replaced (new ones would
        // cost the cold start more); not the library's /h, /? and -? aliases: on Unix those are paths.
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Aliases.Clear();
                    help.Aliases.Add("-h");
                    help.Action = new HelpWithNotes(MainNotes);
                    break;
                case VersionOption version:
                    version.Aliases.Add("-V");
                    version.Description = "Show the version of the tool and of its model";
                    version.Action = new DelegateAction(_ => Print(context.Stdout, VersionText()));
                    break;
            }
        }

        var names = Commands.Select(c => c.Name).Append("help").ToArray();
        foreach (var (name, build) in Commands)
        {
            if (only is null || only == name)
            {
                root.Subcommands.Add(build(context));
            }
        }

        if (only is null)
        {
            root.Subcommands.Add(HelpCommand(context, names));
        }

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
