namespace Stance.Cli.Annotation;

/// <summary>
/// Keys from redirected input, one character each ('\n' is Enter): lets a script or a test
/// drive a session without a terminal.
/// </summary>
internal sealed class TextKeySource(TextReader input) : IKeySource
{
    public ConsoleKeyInfo? Next()
    {
        var c = input.Read();
        return c switch
        {
            < 0 => null,
            '\n' or '\r' => new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false),
            _ => new ConsoleKeyInfo((char)c, ConsoleKey.NoName, false, false, false),
        };
    }
}
