using System.Text;

namespace Stance.Model.Batch;

/// <summary>
/// The resume journal of a batch: after each chunk is flushed to the partial outputs, the
/// chunk's files and the outputs' lengths are appended. A resumed run truncates the outputs to
/// the last complete chunk, so a record half-written when the process died is dropped, and
/// skips the files the journal lists.
/// </summary>
internal sealed class BatchJournal : IDisposable
{
    private const string FileTag = "file";
    private const string ChunkTag = "chunk";

    private readonly StreamWriter _writer;

    private BatchJournal(StreamWriter writer) => _writer = writer;

    /// <summary>Files completed by earlier runs (path to sha256, or "-" for a skipped file).</summary>
    public Dictionary<string, string> Done { get; } = new(StringComparer.Ordinal);

    /// <summary>Output lengths at the last complete chunk: output, errors, summary.</summary>
    public long[] Lengths { get; private set; } = [0, 0, 0];

    public static BatchJournal Open(string path, bool resume)
    {
        var journal = new BatchJournal(new StreamWriter(new FileStream(path, resume ? FileMode.OpenOrCreate : FileMode.Create, FileAccess.ReadWrite), new UTF8Encoding(false)));
        if (resume)
        {
            journal.Load();
        }

        return journal;
    }

    public void Commit(IEnumerable<(string Path, string Sha)> files, long[] lengths)
    {
        foreach (var (path, sha) in files)
        {
            _writer.Write($"{FileTag}\t{Escape(path)}\t{sha}\n");
        }

        _writer.Write($"{ChunkTag}\t{string.Join('\t', lengths)}\n");
        _writer.Flush();
        ((FileStream)_writer.BaseStream).Flush(flushToDisk: true);
    }

    public void Dispose() => _writer.Dispose();

    private void Load()
    {
        var stream = (FileStream)_writer.BaseStream;
        var text = new StreamReader(stream, Encoding.UTF8, leaveOpen: true).ReadToEnd();
        var pending = new List<(string, string)>();
        long committedEnd = 0;
        long offset = 0;
        var lines = text.Split('\n');

        // The last element follows the last line break: empty, or a line cut short by a crash.
        for (var i = 0; i < lines.Length - 1; i++)
        {
            offset += Encoding.UTF8.GetByteCount(lines[i]) + 1;
            var parts = lines[i].Split('\t');
            if (parts.Length == 3 && parts[0] == FileTag)
            {
                pending.Add((Unescape(parts[1]), parts[2]));
            }
            else if (parts.Length == 4 && parts[0] == ChunkTag)
            {
                foreach (var (file, sha) in pending)
                {
                    Done[file] = sha;
                }

                pending.Clear();
                Lengths = [long.Parse(parts[1]), long.Parse(parts[2]), long.Parse(parts[3])];
                committedEnd = offset;
            }
        }

        // Drop a chunk whose end line never made it to disk.
        stream.SetLength(committedEnd);
        stream.Position = committedEnd;
    }

    private static string Escape(string path) => path.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n");

    private static string Unescape(string path)
    {
        var builder = new StringBuilder(path.Length);
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '\\' && i + 1 < path.Length)
            {
                builder.Append(path[++i] switch { 't' => '\t', 'n' => '\n', _ => path[i] });
            }
            else
            {
                builder.Append(path[i]);
            }
        }

        return builder.ToString();
    }
}
