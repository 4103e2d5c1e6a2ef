namespace Stance.Cli.Annotation;

/// <summary>Keys from the terminal, unechoed.</summary>
internal sealed class ConsoleKeySource : IKeySource
{
    public ConsoleKeyInfo? Next() => Console.ReadKey(intercept: true);
}
