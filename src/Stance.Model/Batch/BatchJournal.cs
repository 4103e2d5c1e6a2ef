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

    /// <summary>Files completed by earlier runs: their totals, or the reason they were skipped.</summary>
    public Dictionary<string, JournalEntry> Done { get; } = new(StringComparer.Ordinal);

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

    public void Commit(IEnumerable<JournalEntry> files, long[] lengths)
    {
        foreach (var entry in files)
        {
            _writer.Write(entry.Totals is { } t
                ? $"{FileTag}\t{Escape(entry.Path)}\t{t.Sha256}\t{t.Sentences}\t{t.ContentSentences}\t{string.Join('\t', t.LabelCounts)}\n"
                : $"{FileTag}\t{Escape(entry.Path)}\t-\t{Escape(entry.Error ?? string.Empty)}\n");
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
        var pending = new List<JournalEntry>();
        long committedEnd = 0;
        long offset = 0;
        var lines = text.Split('\n');

        // The last element follows the last line break: empty, or a line cut short by a crash.
        for (var i = 0; i < lines.Length - 1; i++)
        {
            offset += Encoding.UTF8.GetByteCount(lines[i]) + 1;
            var parts = lines[i].Split('\t');
            if (parts.Length == 4 && parts[0] == FileTag && parts[2] == "-")
            {
                pending.Add(new JournalEntry(Unescape(parts[1]), null, Unescape(parts[3])));
            }
            else if (parts.Length == 9 && parts[0] == FileTag)
            {
                var path = Unescape(parts[1]);
                var numbers = parts[3..].Select(int.Parse).ToArray();
                pending.Add(new JournalEntry(path, new ArticleTotals(path, parts[2], numbers[0], numbers[1], numbers[2..]), null));
            }
            else if (parts.Length == 4 && parts[0] == ChunkTag)
            {
                foreach (var entry in pending)
                {
                    Done[entry.Path] = entry;
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

/// <summary>One finished file in the journal: its totals when labeled, or why it was skipped.</summary>
internal sealed record JournalEntry(string Path, ArticleTotals? Totals, string? Error);
