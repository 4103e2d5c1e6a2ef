using System.Text;

namespace Stance.Model.Batch;

/// <summary>
/// RFC 4180 quoting for the TSV and CSV files Stance writes: a field holding the separator, a
/// quote or a line break is quoted (quotes doubled), everything else is written as it is. pandas,
/// DuckDB and spreadsheets read a leading quote as opening a quoted field even in TSV, so a bare
/// quote would swallow the rows after it.
/// </summary>
public static class TabularField
{
    /// <summary>The field as written in a file separated by <paramref name="separator"/>.</summary>
    public static string Quote(string value, char separator = '\t')
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny([separator, '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>The first field of a record written with <see cref="Quote"/>, unquoted.</summary>
    public static string First(string record, char separator = '\t')
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!record.StartsWith('"'))
        {
            var end = record.IndexOf(separator, StringComparison.Ordinal);
            return end < 0 ? record : record[..end];
        }

        var builder = new StringBuilder();
        for (var i = 1; i < record.Length; i++)
        {
            if (record[i] == '"')
            {
                if (i + 1 < record.Length && record[i + 1] == '"')
                {
                    builder.Append('"');
                    i++;
                    continue;
                }

                break;
            }

            builder.Append(record[i]);
        }

        return builder.ToString();
    }
}
