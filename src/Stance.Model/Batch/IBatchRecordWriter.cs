namespace Stance.Model.Batch;

/// <summary>Formats the records of a batch output file (JSONL, TSV, CSV); implemented by the CLI.</summary>
public interface IBatchRecordWriter
{
    /// <summary>Written once at the start of the file (may be empty).</summary>
    string Header { get; }

    /// <summary>The whole text of one article's record(s), ending with a line break.</summary>
    string Format(ArticleRecord record);

    /// <summary>The article path of one record this writer wrote (after the header), without its final line break.</summary>
    string PathOf(string record);

    /// <summary>The format's name (jsonl, tsv, csv), used in messages.</summary>
    string Name { get; }

    /// <summary>
    /// True when a record may hold line breaks inside quoted fields, so a reader must join
    /// lines until the quotes balance (TSV and CSV); false when every line is one record (JSONL).
    /// </summary>
    bool RecordsMaySpanLines { get; }
}
