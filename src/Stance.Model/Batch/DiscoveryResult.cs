namespace Stance.Model.Batch;

/// <summary>What <see cref="FileDiscovery"/> found, and what it passed over and why.</summary>
public sealed class DiscoveryResult
{
    /// <summary>The article files to label, sorted by path, filtered and sharded.</summary>
    public List<string> Files { get; } = [];

    /// <summary>Folders that could not be listed (path, reason).</summary>
    public List<(string Path, string Reason)> Problems { get; } = [];

    /// <summary>Files passed over because Stance does not read their extension, per extension.</summary>
    public SortedDictionary<string, int> SkippedByExtension { get; } = new(StringComparer.Ordinal);

    /// <summary>Article files left out by --include / --exclude.</summary>
    public int Filtered { get; set; }

    /// <summary>Files this run writes, or Stance reports of earlier runs, found among the inputs and left out.</summary>
    public int OwnOutputs { get; set; }

    /// <summary>Article files selected before sharding (zero means the selection is empty).</summary>
    public int Selected { get; set; }
}
