using System.Runtime.CompilerServices;
using Parquet;

namespace Stance.Cli.Parquet;

/// <summary>Reads the rows of a Parquet output of Stance, a row group at a time.</summary>
internal static class SentenceFileReader
{
    /// <summary>The rows of <paramref name="path"/> in file order.</summary>
    /// <exception cref="IOException">The file is not a Parquet file, or not one Stance wrote.</exception>
    public static async IAsyncEnumerable<SentenceRow> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        var stream = File.OpenRead(path);
        await using var _ = stream.ConfigureAwait(false);
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new IOException($"'{path}' is not a Parquet file ({e.Message})", e);
        }

        await using (reader.ConfigureAwait(false))
        {
            var names = reader.Schema.GetDataFields().Select(f => f.Name);
            var expected = SentenceColumns.Schema.GetDataFields().Select(f => f.Name);
            if (!names.SequenceEqual(expected))
            {
                throw new IOException($"'{path}' is not a Parquet output of 'stance batch' (columns {string.Join(", ", names)})");
            }

            for (var i = 0; i < reader.RowGroupCount; i++)
            {
                foreach (var row in await SentenceColumns.ReadAsync(reader, i).ConfigureAwait(false))
                {
                    yield return row;
                }
            }
        }
    }
}
