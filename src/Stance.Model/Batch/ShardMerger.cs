using System.Text;

namespace Stance.Model.Batch;

/// <summary>
/// Combines the outputs of 'batch --shard K/N' runs into one file in path order (a streaming
/// k-way merge: memory does not grow with the number of articles), refusing duplicates and,
/// when the expected inputs are given, missing articles.
/// </summary>
public static class ShardMerger
{
    /// <summary>Merges <paramref name="shards"/> into <paramref name="output"/> (written whole or not at all).</summary>
    /// <param name="shards">Shard output files of one format.</param>
    /// <param name="output">The merged file.</param>
    /// <param name="format">The format the shards were written in.</param>
    /// <param name="expected">The batch's inputs and filters, to check that no article is missing; null skips that check.</param>
    public static MergeReport Merge(IReadOnlyList<string> shards, string output, IBatchRecordWriter format, BatchOptions? expected = null)
    {
        ArgumentNullException.ThrowIfNull(shards);
        ArgumentNullException.ThrowIfNull(format);
        var skipped = SkippedBy(shards);
        var temporary = output + ".partial";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        var readers = shards.Select(s => new ShardReader(s, format)).ToList();
        try
        {
            var queue = new PriorityQueue<ShardReader, string>(StringComparer.Ordinal);
            foreach (var reader in readers.Where(r => r.Next()))
            {
                queue.Enqueue(reader, reader.Path!);
            }

            using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
            {
                writer.Write(format.Header);
                while (queue.TryDequeue(out var reader, out var path))
                {
                    if (!seen.Add(path))
                    {
                        duplicates.Add(path);
                    }

                    writer.Write(reader.Record);
                    if (reader.Next())
                    {
                        queue.Enqueue(reader, reader.Path!);
                    }
                }
            }
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
        }

        return Conclude(temporary, output, seen, skipped, duplicates, expected);
    }

    /// <summary>The article paths the shards' errors files list as skipped (quoted paths read back whole).</summary>
    public static HashSet<string> SkippedBy(IReadOnlyList<string> shards)
    {
        ArgumentNullException.ThrowIfNull(shards);
        return shards.Select(BatchRunner.ErrorsPath).Where(File.Exists).SelectMany(ErrorPaths).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Ends a merge of any format: finds the expected articles in no shard and no errors file, then
    /// renames the merged <paramref name="temporary"/> file to <paramref name="output"/> when nothing
    /// is duplicated or missing, or deletes it.
    /// </summary>
    public static MergeReport Conclude(string temporary, string output, IReadOnlySet<string> seen, IReadOnlySet<string> skipped, IReadOnlyList<string> duplicates, BatchOptions? expected)
    {
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(skipped);
        var missing = expected is null
            ? []
            : FileDiscovery.Find(expected).Files.Where(f => !seen.Contains(f) && !skipped.Contains(f)).ToList();
        var report = new MergeReport(seen.Count, skipped.Count, duplicates, missing);
        if (report.Ok)
        {
            File.Move(temporary, output, overwrite: true);
        }
        else
        {
            File.Delete(temporary);
        }

        return report;
    }

    private static IEnumerable<string> ErrorPaths(string errorsFile)
    {
        using var reader = new RecordReader(errorsFile, spansLines: true);
        reader.Next();
        while (reader.Next() is { } record)
        {
            yield return TabularField.First(record);
        }
    }

    /// <summary>Reads one shard output an article (one or several consecutive records of one path) at a time.</summary>
    private sealed class ShardReader : IDisposable
    {
        private readonly RecordReader _reader;
        private readonly IBatchRecordWriter _format;
        private readonly string _file;
        private string? _lookahead;
        private string? _lookaheadPath;

        public ShardReader(string path, IBatchRecordWriter format)
        {
            _file = path;
            _reader = new RecordReader(path, format.RecordsMaySpanLines);
            _format = format;
            if (format.Header.Length > 0)
            {
                _reader.Next();
            }

            Advance();
        }

        public string? Path { get; private set; }

        public string Record { get; private set; } = string.Empty;

        public bool Next()
        {
            if (_lookahead is null)
            {
                return false;
            }

            Path = _lookaheadPath;
            var record = new StringBuilder();
            while (_lookahead is not null && _lookaheadPath == Path)
            {
                record.Append(_lookahead).Append('\n');
                Advance();
            }

            Record = record.ToString();
            return true;
        }

        public void Dispose() => _reader.Dispose();

        private void Advance()
        {
            try
            {
                _lookahead = _reader.Next();
                _lookaheadPath = _lookahead is null ? null : _format.PathOf(_lookahead);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or DecoderFallbackException)
            {
                throw new BatchException($"not merged: '{_file}' line {_reader.Line} is not a {_format.Name} record of 'stance batch' ({e.Message})", BatchProblem.MergeMismatch);
            }
        }
    }
}
