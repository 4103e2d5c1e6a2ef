using Stance.Model.Batch;

namespace Stance.Cli.Parquet;

/// <summary>
/// 'stance merge' for Parquet shards: a streaming k-way merge of their articles in path order
/// (rows of one article stay together), with the checks of <see cref="ShardMerger"/>: no
/// article twice and, when the batch's inputs are given, none missing.
/// </summary>
internal static class ParquetShardMerger
{
    /// <summary>Merges <paramref name="shards"/> into <paramref name="output"/> (written whole or not at all).</summary>
    /// <exception cref="IOException">A shard is not a Parquet output of 'stance batch'.</exception>
    public static async Task<MergeReport> MergeAsync(IReadOnlyList<string> shards, string output, BatchOptions? expected)
    {
        var skipped = ShardMerger.SkippedBy(shards);
        var temporary = output + ".partial";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        var cursors = shards.Select(s => new ShardCursor(SentenceFileReader.ReadAsync(s).GetAsyncEnumerator())).ToList();
        try
        {
            var queue = new PriorityQueue<ShardCursor, string>(StringComparer.Ordinal);
            foreach (var cursor in cursors)
            {
                if (await cursor.NextAsync().ConfigureAwait(false))
                {
                    queue.Enqueue(cursor, cursor.Path);
                }
            }

            var writer = await SentenceFileWriter.CreateAsync(temporary).ConfigureAwait(false);
            await using (writer.ConfigureAwait(false))
            {
                while (queue.TryDequeue(out var cursor, out var path))
                {
                    if (!seen.Add(path))
                    {
                        duplicates.Add(path);
                    }

                    await writer.AddAsync(cursor.Article).ConfigureAwait(false);
                    if (await cursor.NextAsync().ConfigureAwait(false))
                    {
                        queue.Enqueue(cursor, cursor.Path);
                    }
                }

                await writer.CompleteAsync().ConfigureAwait(false);
            }
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        finally
        {
            foreach (var cursor in cursors)
            {
                await cursor.DisposeAsync().ConfigureAwait(false);
            }
        }

        return ShardMerger.Conclude(temporary, output, seen, skipped, duplicates, expected);
    }

    /// <summary>One shard read an article (its consecutive rows of one path) at a time.</summary>
    private sealed class ShardCursor(IAsyncEnumerator<SentenceRow> rows) : IAsyncDisposable
    {
        private SentenceRow? _lookahead;
        private bool _started;

        public string Path { get; private set; } = string.Empty;

        public List<SentenceRow> Article { get; } = [];

        public async Task<bool> NextAsync()
        {
            if (!_started)
            {
                _started = true;
                _lookahead = await rows.MoveNextAsync().ConfigureAwait(false) ? rows.Current : null;
            }

            Article.Clear();
            if (_lookahead is null)
            {
                return false;
            }

            Path = _lookahead.Path;
            while (_lookahead is not null && _lookahead.Path == Path)
            {
                Article.Add(_lookahead);
                _lookahead = await rows.MoveNextAsync().ConfigureAwait(false) ? rows.Current : null;
            }

            return true;
        }

        public ValueTask DisposeAsync() => rows.DisposeAsync();
    }
}
