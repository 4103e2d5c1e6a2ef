using System.Text;
using Stance.Model.Labels;

namespace Stance.Model.Data;

/// <summary>
/// Reads and validates labeled sentence files in the LABELS.md format:
/// UTF-8, tab-separated, header <c>article_id sentence_id labels text [extra columns...]</c>.
/// </summary>
public static class LabeledFileReader
{
    /// <summary>The columns every labeled file starts with, in order.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["article_id", "sentence_id", "labels", "text"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and validates; throws <see cref="LabeledFileException"/> listing every problem when the file is not valid.</summary>
    public static IReadOnlyList<LabeledSentence> Load(string path)
    {
        var result = Read(path);
        return result.IsValid ? result.Sentences : throw new LabeledFileException(result.Issues);
    }

    /// <summary>Reads and validates; never throws for a bad or unreadable file, it reports it as an issue.</summary>
    public static LabeledFileReadResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new LabeledFileReadResult([], [new LabeledFileIssue(path, 0, $"cannot read the file: {e.Message}")]);
        }

        return Parse(content, path);
    }

    /// <summary>Validates <paramref name="content"/>; <paramref name="fileName"/> is only used in messages.</summary>
    public static LabeledFileReadResult Parse(ReadOnlySpan<byte> content, string fileName)
    {
        var issues = new List<LabeledFileIssue>();
        var sentences = new List<LabeledSentence>();
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }

        if (content.IsEmpty)
        {
            return new LabeledFileReadResult([], [new LabeledFileIssue(fileName, 0, "the file is empty (expected a header row)")]);
        }

        var firstLine = new Dictionary<(string Article, int Sentence), int>();
        var columnCount = 0;
        var provenanceColumn = -1;
        var lineNumber = 0;
        while (!content.IsEmpty)
        {
            lineNumber++;
            var newline = content.IndexOf((byte)'\n');
            var lineBytes = newline < 0 ? content : content[..newline];
            content = newline < 0 ? [] : content[(newline + 1)..];
            if (!lineBytes.IsEmpty && lineBytes[^1] == (byte)'\r')
            {
                lineBytes = lineBytes[..^1];
            }

            string line;
            try
            {
                line = StrictUtf8.GetString(lineBytes);
            }
            catch (DecoderFallbackException e)
            {
                issues.Add(new LabeledFileIssue(fileName, lineNumber, $"not valid UTF-8 (byte {e.Index} of the line)"));
                continue;
            }

            if (lineNumber == 1)
            {
                columnCount = CheckHeader(line, fileName, issues);
                if (columnCount == 0)
                {
                    break;
                }

                provenanceColumn = Array.IndexOf(line.Split('\t'), "provenance");
                continue;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            var row = ParseRow(line, columnCount, provenanceColumn, fileName, lineNumber, issues);
            if (row is null)
            {
                continue;
            }

            if (firstLine.TryGetValue((row.ArticleId, row.SentenceId), out var earlier))
            {
                issues.Add(new LabeledFileIssue(fileName, lineNumber, $"duplicate sentence ({row.ArticleId}, {row.SentenceId}): already on line {earlier}"));
                continue;
            }

            firstLine[(row.ArticleId, row.SentenceId)] = lineNumber;
            sentences.Add(row);
        }

        return new LabeledFileReadResult(sentences, issues);
    }

    private static int CheckHeader(string line, string fileName, List<LabeledFileIssue> issues)
    {
        var columns = line.Split('\t');
        for (var i = 0; i < RequiredColumns.Count; i++)
        {
            if (i >= columns.Length || columns[i].Trim() != RequiredColumns[i])
            {
                issues.Add(new LabeledFileIssue(fileName, 1, $"the header must start with {string.Join("<TAB>", RequiredColumns)}; found '{Shorten(line)}'"));
                return 0;
            }
        }

        return columns.Length;
    }

    private static LabeledSentence? ParseRow(string line, int columnCount, int provenanceColumn, string fileName, int lineNumber, List<LabeledFileIssue> issues)
    {
        var columns = line.Split('\t');
        if (columns.Length != columnCount)
        {
            issues.Add(new LabeledFileIssue(fileName, lineNumber, $"expected {columnCount} tab-separated columns as in the header, found {columns.Length}"));
            return null;
        }

        var issueCount = issues.Count;
        var articleId = columns[0].Trim();
        if (articleId.Length == 0)
        {
            issues.Add(new LabeledFileIssue(fileName, lineNumber, "article_id is empty"));
        }

        if (!int.TryParse(columns[1].Trim(), System.Globalization.NumberStyles.None, null, out var sentenceId) || sentenceId < 1)
        {
            issues.Add(new LabeledFileIssue(fileName, lineNumber, $"sentence_id must be a positive whole number, found '{Shorten(columns[1])}'"));
        }

        if (!LabelSet.TryParse(columns[2].Trim(), out var labels, out var labelError))
        {
            issues.Add(new LabeledFileIssue(fileName, lineNumber, labelError));
        }

        var text = columns[3].Trim();
        if (text.Length == 0)
        {
            issues.Add(new LabeledFileIssue(fileName, lineNumber, "text is empty"));
        }

        if (issues.Count > issueCount)
        {
            return null;
        }

        var provenance = provenanceColumn >= 0 ? columns[provenanceColumn].Trim() : string.Empty;
        return new LabeledSentence(articleId, sentenceId, labels, text, provenance);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
