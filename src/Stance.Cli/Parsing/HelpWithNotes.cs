using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Stance.Cli.Parsing;

/// <summary>The library's help, generated from the declarations, followed by the command's <see cref="StanceCommand.Notes"/>.</summary>
/// <param name="mainNotes">The notes of the tool's own help (<c>stance --help</c>).</param>
internal sealed class HelpWithNotes(string mainNotes) : SynchronousCommandLineAction
{
    /// <summary>Help is wrapped at this width whatever the terminal, so it reads the same everywhere (and in tests).</summary>
    public const int Width = 100;

    private readonly HelpAction _help = new() { MaxWidth = Width };

    /// <inheritdoc />
    public override bool ClearsParseErrors => true;

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        using var generated = new StringWriter();
        parseResult.InvocationConfiguration.Output = generated;
        try
        {
            _help.Invoke(parseResult);
        }
        finally
        {
            parseResult.InvocationConfiguration.Output = output;
        }

        // The help builder pads wrapped lines; trailing blanks would only show up in diffs.
        var lines = generated.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(l => l.TrimEnd());
        output.Write(string.Join('\n', lines) + "\n");
        var notes = parseResult.CommandResult.Command switch
        {
            RootCommand => mainNotes,
            StanceCommand command => command.Notes,
            _ => null,
        };
        if (notes is not null)
        {
            output.Write("\n" + notes.ReplaceLineEndings("\n").TrimEnd('\n') + "\n");
        }

        return ExitCodes.Ok;
    }
}
