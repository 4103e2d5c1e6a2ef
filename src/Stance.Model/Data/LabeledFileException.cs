namespace Stance.Model.Data;

/// <summary>Thrown when a labeled file is malformed; <see cref="Issues"/> lists every problem found.</summary>
public sealed class LabeledFileException : Exception
{
    private const int IssuesInMessage = 10;

    /// <summary>Creates the exception for <paramref name="issues"/> (at least one).</summary>
    public LabeledFileException(IReadOnlyList<LabeledFileIssue> issues)
        : base(Describe(issues)) => Issues = issues;

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<LabeledFileIssue> Issues { get; }

    private static string Describe(IReadOnlyList<LabeledFileIssue> issues)
    {
        var lines = issues.Take(IssuesInMessage).Select(issue => issue.ToString()).ToList();
        if (issues.Count > IssuesInMessage)
        {
            lines.Add($"... and {issues.Count - IssuesInMessage} more problems");
        }

        return string.Join(Environment.NewLine, lines);
    }
}
