using System.Text;
using Stance.Model.Labels;

namespace Stance.Model.Annotation;

/// <summary>
/// The append-only log of an annotation session: the queue's columns plus <c>decision</c>.
/// Every decision is written and flushed to disk before the next key is read, so killing the
/// session loses nothing. The log is itself a labeled file: <c>stance train --data LOG</c> uses
/// the last decision on each sentence, keeping the accepted ones.
/// </summary>
public sealed class DecisionLog : IDisposable
{
    private readonly FileStream _stream;
    private readonly StreamWriter _writer;

    private DecisionLog(FileStream stream, IReadOnlyList<DecisionRecord> records)
    {
        _stream = stream;
        _writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
        Records = records;
    }

    /// <summary>The decisions already in the log when it was opened, in order.</summary>
    public IReadOnlyList<DecisionRecord> Records { get; }

    /// <summary>The path of the log kept beside <paramref name="queuePath"/> (queue.tsv gives queue.decisions.tsv).</summary>
    public static string PathFor(string queuePath) =>
        Path.Combine(Path.GetDirectoryName(queuePath) ?? string.Empty, Path.GetFileNameWithoutExtension(queuePath) + ".decisions.tsv");

    /// <summary>Opens (or creates) the log and reads the decisions already in it.</summary>
    /// <exception cref="IOException">The log cannot be opened for appending.</exception>
    /// <exception cref="Data.LabeledFileException">The log exists but is not a session log.</exception>
    public static DecisionLog Open(string path)
    {
        if (File.Exists(path))
        {
            DropUnterminatedLine(path);
        }

        var records = File.Exists(path) ? ReadRecords(path) : [];
        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        var log = new DecisionLog(stream, records);
        if (stream.Length == 0)
        {
            log.WriteLine(string.Join('\t', QueueFile.Columns) + "\tdecision");
        }

        return log;
    }

    /// <summary>Appends one decision and flushes it to disk.</summary>
    public void Append(QueueRow row, LabelSet labels, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(row);
        WriteLine($"{QueueFile.Line(row, labels)}\t{decision.ToString().ToLowerInvariant()}");
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose();
    }

    /// <summary>
    /// A kill in the middle of a write leaves a last line without its newline: that decision was
    /// never acknowledged on screen, so it is dropped rather than kept as a malformed row.
    /// </summary>
    private static void DropUnterminatedLine(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        if (file.Length == 0)
        {
            return;
        }

        var length = file.Length;
        var buffer = new byte[1];
        for (var position = length - 1; position >= 0; position--)
        {
            file.Position = position;
            file.ReadExactly(buffer);
            if (buffer[0] == '\n')
            {
                if (position + 1 < length)
                {
                    file.SetLength(position + 1);
                }

                return;
            }
        }

        file.SetLength(0);
    }

    private void WriteLine(string line)
    {
        _writer.Write(line + "\n");
        _writer.Flush();
        _stream.Flush(flushToDisk: true);
    }

    private static List<DecisionRecord> ReadRecords(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0)
        {
            return [];
        }

        var header = lines[0].Split('\t');
        var decision = Array.IndexOf(header, "decision");
        if (decision < 0 || header.Length < 4 || header[0] != "article_id")
        {
            throw new Data.LabeledFileException([new Data.LabeledFileIssue(path, 1, "not a session log of 'stance annotate --interactive' (no decision column)")]);
        }

        var records = new List<DecisionRecord>();
        for (var n = 1; n < lines.Length; n++)
        {
            var c = lines[n].Split('\t');

            // A line cut short by a kill is not a decision: it was never acknowledged on screen.
            if (c.Length != header.Length || !int.TryParse(c[1], out var id) || !LabelSet.TryParse(c[2], out var labels, out _)
                || !Enum.TryParse<Decision>(c[decision], ignoreCase: true, out var what))
            {
                continue;
            }

            records.Add(new DecisionRecord(c[0], id, labels, what));
        }

        return records;
    }
}
