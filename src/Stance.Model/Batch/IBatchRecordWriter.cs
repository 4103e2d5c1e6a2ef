namespace Stance.Model.Batch;

/// <summary>Formats the records of a batch output file (JSONL, TSV, CSV); implemented by the CLI.</summary>
public interface IBatchRecordWriter
{
    /// <summary>Written once at the start of the file (may be empty).</summary>
    string Header { get; }

    /// <summary>The whole text of one article's record(s), ending with a line break.</summary>
    string Format(ArticleRecord record);

    /// <summary>The article path of one line this writer wrote (after the header).</summary>
    string PathOf(string line);
}
