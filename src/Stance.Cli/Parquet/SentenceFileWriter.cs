using Parquet;

namespace Stance.Cli.Parquet;

/// <summary>
/// Writes sentence rows to a Parquet file in row groups of a fixed number of rows, so memory
/// stays flat and the same rows always give the same bytes however they were gathered.
/// </summary>
internal sealed class SentenceFileWriter : IAsyncDisposable
{
    /// <summary>Rows per row group: large enough for fast scans, small enough for flat memory.</summary>
    public const int RowGroupRows = 50_000;

    private readonly FileStream _stream;
    private readonly ParquetWriter _writer;
    private readonly List<SentenceRow> _buffer = [];
    private bool _closed;

    private SentenceFileWriter(FileStream stream, ParquetWriter writer)
    {
        _stream = stream;
        _writer = writer;
    }

    /// <summary>Rows written so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Creates (or truncates) <paramref name="path"/>.</summary>
    public static async Task<SentenceFileWriter> CreateAsync(string path)
    {
        var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite);
        try
        {
            return new SentenceFileWriter(stream, await ParquetWriter.CreateAsync(SentenceColumns.Schema, stream).ConfigureAwait(false));
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Adds rows, writing each full row group.</summary>
    public async Task AddAsync(IEnumerable<SentenceRow> rows)
    {
        foreach (var row in rows)
        {
            _buffer.Add(row);
            Rows++;
            if (_buffer.Count == RowGroupRows)
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes the last row group and the footer; the file is complete only after this.</summary>
    public async Task CompleteAsync()
    {
        await FlushAsync().ConfigureAwait(false);
        await CloseWriterAsync().ConfigureAwait(false);
        await _stream.FlushAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await CloseWriterAsync().ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Closing writes the footer, which must happen once.</summary>
    private async Task CloseWriterAsync()
    {
        if (!_closed)
        {
            _closed = true;
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task FlushAsync()
    {
        if (_buffer.Count > 0)
        {
            await SentenceColumns.WriteAsync(_writer, _buffer).ConfigureAwait(false);
            _buffer.Clear();
        }
    }
}
