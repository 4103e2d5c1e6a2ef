namespace Stance.Model.Data;

/// <summary>Writes labeled sentences in the LABELS.md format.</summary>
public static class LabeledFileWriter
{
    /// <summary>Writes the header and one row per sentence; tabs and line breaks inside text become spaces.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="sentences">The rows, written in the order given.</param>
    /// <param name="withProvenance">Adds the provenance column after text.</param>
    public static void Write(TextWriter writer, IEnumerable<LabeledSentence> sentences, bool withProvenance = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sentences);
        writer.Write(string.Join('\t', LabeledFileReader.RequiredColumns));
        writer.Write(withProvenance ? "\tprovenance\n" : "\n");
        foreach (var s in sentences)
        {
            writer.Write($"{s.ArticleId}\t{s.SentenceId}\t{s.Labels}\t{OneLine(s.Text)}");
            writer.Write(withProvenance ? $"\t{OneLine(s.Provenance)}\n" : "\n");
        }
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(part => part.Trim()).Where(part => part.Length > 0));
}
