using System.CommandLine;
using System.CommandLine.Invocation;

namespace Stance.Cli.Parsing;

/// <summary>An action given as a function, for the options (--version) whose action is not a command's.</summary>
internal sealed class DelegateAction(Func<ParseResult, int> run) : SynchronousCommandLineAction
{
    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult) => run(parseResult);
}
