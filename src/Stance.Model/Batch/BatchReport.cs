namespace Stance.Model.Batch;

/// <summary>What a batch run did.</summary>
/// <param name="Files">Files in this run's slice.</param>
/// <param name="Labeled">Files labeled (including those done by an interrupted run that was resumed).</param>
/// <param name="Errors">Files and folders skipped, with the reason.</param>
/// <param name="Sentences">Sentences labeled in this run.</param>
/// <param name="Folders">Totals per top-level folder (this run's files).</param>
/// <param name="Cancelled">True when the run was stopped before the end; the journal allows --resume.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record BatchReport(int Files, int Labeled, IReadOnlyList<(string Path, string Reason)> Errors, long Sentences, IReadOnlyDictionary<string, FolderTotals> Folders, bool Cancelled, TimeSpan Elapsed);
