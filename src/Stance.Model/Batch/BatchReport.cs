namespace Stance.Model.Batch;

/// <summary>What a batch run did, counted from its journal: a resumed run reports the whole run, as an uninterrupted one would.</summary>
/// <param name="Files">Files in this run's slice.</param>
/// <param name="Done">Files finished (labeled or skipped), including those of an interrupted run that was resumed.</param>
/// <param name="Labeled">Files labeled.</param>
/// <param name="Errors">Files and folders skipped, with the reason.</param>
/// <param name="Sentences">Sentences written (boilerplate included).</param>
/// <param name="ContentSentences">Sentences labeled (boilerplate excluded).</param>
/// <param name="Folders">Totals per top-level folder.</param>
/// <param name="Cancelled">True when the run was stopped before the end; the journal allows --resume.</param>
/// <param name="Elapsed">Wall time of this process.</param>
/// <param name="Discovery">What file discovery selected and passed over.</param>
/// <param name="Warnings">Files read with a fallback encoding, and similar notes (path, message).</param>
public sealed record BatchReport(
    int Files,
    int Done,
    int Labeled,
    IReadOnlyList<(string Path, string Reason)> Errors,
    long Sentences,
    long ContentSentences,
    IReadOnlyDictionary<string, FolderTotals> Folders,
    bool Cancelled,
    TimeSpan Elapsed,
    DiscoveryResult Discovery,
    IReadOnlyList<(string Path, string Message)> Warnings);
