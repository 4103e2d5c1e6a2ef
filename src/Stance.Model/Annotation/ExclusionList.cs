namespace Stance.Model.Annotation;

/// <summary>
/// Articles to leave out of a queue. Each line of the list names one: a path (matched against the
/// end of the article's path) or a file name without extension. A TSV with a header holding a
/// <c>source</c> or <c>corpus_file</c> column (a labeled file, a queue, the dev set) lists the
/// articles of that column.
/// </summary>
public sealed class ExclusionList
{
    private readonly HashSet<string> _paths;
    private readonly HashSet<string> _names;

    private ExclusionList(IEnumerable<string> entries)
    {
        var list = entries.Select(e => e.Trim().Replace('\\', '/').TrimStart('.', '/')).Where(e => e.Length > 0).ToList();
        _paths = list.Where(e => e.Contains('/') || Path.HasExtension(e)).ToHashSet(StringComparer.Ordinal);
        _names = list.Where(e => !e.Contains('/') && !Path.HasExtension(e)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The list that excludes nothing.</summary>
    public static ExclusionList Empty { get; } = new([]);

    /// <summary>Number of entries.</summary>
    public int Count => _paths.Count + _names.Count;

    /// <summary>A list of the given entries.</summary>
    public static ExclusionList Of(IEnumerable<string> entries) => new(entries);

    /// <summary>Reads a list file (see the class remarks).</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ExclusionList Load(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines.Length > 0 ? lines[0].Split('\t') : [];
        var column = Array.IndexOf(header, "source");
        column = column >= 0 ? column : Array.IndexOf(header, "corpus_file");
        return column < 0
            ? new ExclusionList(lines.Where(l => !l.StartsWith('#')))
            : new ExclusionList(lines.Skip(1).Select(l => l.Split('\t')).Where(c => c.Length > column).Select(c => c[column]));
    }

    /// <summary>True when the list names <paramref name="source"/>.</summary>
    public bool Contains(QueueSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (_names.Contains(Path.GetFileNameWithoutExtension(source.Source)))
        {
            return true;
        }

        // Any tail of the full path may be what the list wrote ("fakes-syria/fk_026.txt", "fk_026.txt").
        var parts = Path.GetFullPath(source.Path).Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            if (_paths.Contains(string.Join('/', parts[i..])))
            {
                return true;
            }
        }

        return false;
    }
}
