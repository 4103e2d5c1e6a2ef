namespace Stance.Cli.Parsing;

/// <summary>What a command's action writes to and reads from: given once by <see cref="CommandLine.Run"/>, so tests run in-process.</summary>
/// <param name="Stdout">Standard output.</param>
/// <param name="Stderr">Standard error.</param>
/// <param name="Stdin">Opens standard input (score -).</param>
/// <param name="OutputIsTerminal">Standard output is a terminal (score's default format and width).</param>
/// <param name="StderrIsTerminal">Standard error is a terminal (batch's progress line).</param>
/// <param name="Cancel">Stops a batch as Ctrl-C does.</param>
internal sealed record CliContext(TextWriter Stdout, TextWriter Stderr, Func<Stream>? Stdin, bool OutputIsTerminal, bool StderrIsTerminal, CancellationToken Cancel);
