namespace Stance.Cli.Annotation;

/// <summary>Where the interactive annotator reads key presses from.</summary>
internal interface IKeySource
{
    /// <summary>The next key, or null at the end of input.</summary>
    ConsoleKeyInfo? Next();
}
