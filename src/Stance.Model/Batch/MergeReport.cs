namespace Stance.Model.Batch;

/// <summary>What <see cref="ShardMerger"/> found.</summary>
/// <param name="Articles">Articles in the merged output.</param>
/// <param name="Skipped">Files the shards reported as skipped (their errors files).</param>
/// <param name="Duplicates">Articles found in more than one place (the merge then fails).</param>
/// <param name="Missing">Expected article files in no output and no errors file (the merge then fails).</param>
public sealed record MergeReport(int Articles, int Skipped, IReadOnlyList<string> Duplicates, IReadOnlyList<string> Missing)
{
    /// <summary>True when the merged output was written.</summary>
    public bool Ok => Duplicates.Count == 0 && Missing.Count == 0;
}
