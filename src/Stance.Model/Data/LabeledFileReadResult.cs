namespace Stance.Model.Data;

/// <summary>What reading a labeled file found: the valid rows and every problem.</summary>
/// <param name="Sentences">The rows that parsed, in file order.</param>
/// <param name="Issues">Every problem, in file order; empty for a valid file.</param>
public sealed record LabeledFileReadResult(IReadOnlyList<LabeledSentence> Sentences, IReadOnlyList<LabeledFileIssue> Issues)
{
    /// <summary>True when the file has no problem.</summary>
    public bool IsValid => Issues.Count == 0;
}
