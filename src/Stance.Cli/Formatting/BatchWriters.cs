using System.Globalization;
using System.Text;
using System.Text.Json;
using Stance.Model.Batch;
using Stance.Model.Labels;

namespace Stance.Cli.Formatting;

/// <summary>The record formats of 'stance batch'.</summary>
internal static class BatchWriters
{
    /// <summary>The writer for a format name (jsonl, tsv, csv).</summary>
    public static IBatchRecordWriter For(string format) => format switch
    {
        "jsonl" => new JsonLinesWriter(),
        "tsv" => new SeparatedWriter('\t'),
        "csv" => new SeparatedWriter(','),
        _ => throw new UsageException($"unknown batch format '{format}': use jsonl, tsv, csv or parquet."),
    };

    /// <summary>Every record format, so merge can name what a mismatched shard holds.</summary>
    public static IReadOnlyList<IBatchRecordWriter> All { get; } = [For("jsonl"), For("tsv"), For("csv")];

    /// <summary>The format implied by an output file's extension, or null.</summary>
    public static string? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jsonl" or ".json" or ".ndjson" => "jsonl",
        ".tsv" or ".tab" => "tsv",
        ".csv" => "csv",
        ".parquet" => "parquet",
        _ => null,
    };

    /// <summary>One JSON object per line per article: path, sha256, sentences and summary as in 'score --format json'.</summary>
    private sealed class JsonLinesWriter : IBatchRecordWriter
    {
        private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

        public string Header => string.Empty;

        public string Name => "jsonl";

        public bool RecordsMaySpanLines => false;

        public string PathOf(string line)
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.GetProperty("path").GetString() ?? string.Empty;
        }

        public string Format(ArticleRecord record) => JsonSerializer.Serialize(new
        {
            path = record.Path,
            sha256 = record.Sha256,
            document = JsonFormatter.Document(record.Result),
            sentences = record.Result.Sentences.Select(s => JsonFormatter.Sentence(s, withExplanations: false, record.Result)),
            summary = record.Result.Summary.ToDictionary(l => l.Label.Replace('-', '_'), l => new { count = l.Count, share = l.Share }),
        }, Options) + "\n";
    }

    /// <summary>
    /// One row per sentence: path, article_id, sentence_id, labels, four probabilities, boilerplate, text.
    /// Fields holding the separator, a quote or a line break are quoted the RFC 4180 way in TSV as in
    /// CSV, because pandas, DuckDB and spreadsheets all read a leading quote as opening a quoted field.
    /// </summary>
    private sealed class SeparatedWriter(char separator) : IBatchRecordWriter
    {
        public string Name => separator == '\t' ? "tsv" : "csv";

        public bool RecordsMaySpanLines => true;

        public string Header => string.Join(separator, ["path", "article_id", "sentence_id", "labels", "p_accuse", "p_deny", "p_deflect", "p_cite_evidence", "boilerplate", .. AttributionColumns.Names, "text"]) + "\n";

        public string Format(ArticleRecord record)
        {
            var builder = new StringBuilder();
            var articleId = Path.GetFileNameWithoutExtension(record.Path);
            foreach (var s in record.Result.Sentences)
            {
                builder.AppendJoin(separator, [
                    Field(record.Path), Field(articleId), s.Id.ToString(CultureInfo.InvariantCulture), Field(s.Labels.ToString()),
                    .. s.Probabilities.Select(p => p.ToString("F4", CultureInfo.InvariantCulture)), s.IsBoilerplate ? "1" : "0", .. AttributionColumns.Values(record.Result.AttributionOf(s.Id)).Select(Field), Field(s.Text)]);
                builder.Append('\n');
            }

            return builder.ToString();
        }

        public string PathOf(string record) => TabularField.First(record, separator);

        private string Field(string value) => TabularField.Quote(value, separator);
    }
}
