namespace Stance.Cli;

/// <summary>
/// A command cannot go on: the message (already naming the file) goes to standard error as
/// "stance: message" and the process exits with <see cref="ExitCode"/>. One place reports
/// every such failure, so commands do not each repeat the same catch block.
/// </summary>
internal sealed class CommandFailedException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
