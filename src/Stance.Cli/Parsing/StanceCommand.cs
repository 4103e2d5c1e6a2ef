using System.CommandLine;

namespace Stance.Cli.Parsing;

/// <summary>A command whose help ends with notes that belong to no single option (outputs, exit codes, examples).</summary>
internal sealed class StanceCommand : Command
{
    /// <summary>A command with its arguments and options, in the order the help lists them.</summary>
    public StanceCommand(string name, string description, params Symbol[] symbols)
        : base(name, description)
    {
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument: Add(argument); break;
                case Option option: Add(option); break;
                default: throw new ArgumentException($"{symbol.Name} is neither an option nor an argument", nameof(symbols));
            }
        }
    }

    /// <summary>Printed after the generated help, as written.</summary>
    public string? Notes { get; init; }

    /// <summary>The command's action: reads the parse result and returns the exit code.</summary>
    public Func<ParseResult, int> Run
    {
        init => SetAction(value);
    }
}
