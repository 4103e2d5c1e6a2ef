namespace Stance.Model.Batch;

/// <summary>Settings of <see cref="BatchRunner"/>.</summary>
public sealed class BatchOptions
{
    /// <summary>Files and folders to label.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>The output file; it appears, whole, only when the run completes.</summary>
    public string OutputPath { get; init; } = string.Empty;

    /// <summary>Descend into sub-folders.</summary>
    public bool Recursive { get; init; } = true;

    /// <summary>Globs a file's path relative to its input folder must match (any); empty means all.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Globs that exclude a file.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Workers; each scores its own files.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Continue an interrupted run from its journal.</summary>
    public bool Resume { get; init; }

    /// <summary>Overwrite an existing output.</summary>
    public bool Force { get; init; }

    /// <summary>This machine's slice K of N (1-based), or null for all files.</summary>
    public (int K, int N)? Shard { get; init; }

    /// <summary>Files scored between two flushes of the output and the journal.</summary>
    public int ChunkSize { get; init; } = 128;

    /// <summary>Reasons kept per assigned label (0 = none, fastest); reports want them.</summary>
    public int ExplainTop { get; init; }

    /// <summary>
    /// What else defines the run, from the caller (format, report, model identity, tool
    /// version): recorded beside the output and compared on --resume like the inputs and filters.
    /// </summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Other files or folders the caller writes (a report and its pages): never read as articles.</summary>
    public IReadOnlyList<string> OwnOutputs { get; init; } = [];

    /// <summary>Input limits per file.</summary>
    public Input.ArticleReaderOptions Reader { get; init; } = Input.ArticleReaderOptions.Default;
}
