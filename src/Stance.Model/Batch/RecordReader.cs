using System.Text;

namespace Stance.Model.Batch;

/// <summary>
/// Reads the records of a batch output file one at a time, joining lines inside quoted
/// fields when the format allows them, and counting lines so errors can name one.
/// </summary>
public sealed class RecordReader : IDisposable
{
    private readonly StreamReader _reader;
    private readonly bool _spansLines;

    /// <summary>Opens <paramref name="path"/> (UTF-8).</summary>
    /// <param name="path">The file.</param>
    /// <param name="spansLines">Whether quoted fields may hold line breaks (TSV, CSV).</param>
    public RecordReader(string path, bool spansLines)
    {
        _reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        _spansLines = spansLines;
    }

    /// <summary>The 1-based line on which the last record read started.</summary>
    public int Line { get; private set; }

    private int LinesRead { get; set; }

    /// <summary>The next record without its final line break, or null at the end.</summary>
    public string? Next()
    {
        var line = _reader.ReadLine();
        if (line is null)
        {
            return null;
        }

        Line = ++LinesRead;
        if (!_spansLines || QuoteCount(line) % 2 == 0)
        {
            return line;
        }

        var record = new StringBuilder(line);
        var quotes = QuoteCount(line);
        while (quotes % 2 != 0 && _reader.ReadLine() is { } more)
        {
            LinesRead++;
            record.Append('\n').Append(more);
            quotes += QuoteCount(more);
        }

        return record.ToString();
    }

    /// <inheritdoc/>
    public void Dispose() => _reader.Dispose();

    private static int QuoteCount(string line) => line.AsSpan().Count('"');
}
