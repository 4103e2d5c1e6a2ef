namespace Stance.Model.Data;

/// <summary>A problem found in a labeled file, with where it is.</summary>
/// <param name="File">The file's path as given.</param>
/// <param name="Line">1-based line number; 0 when the problem concerns the whole file.</param>
/// <param name="Message">What is wrong.</param>
public sealed record LabeledFileIssue(string File, int Line, string Message)
{
    /// <summary>The conventional "file:line: message" form compilers and editors understand.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
