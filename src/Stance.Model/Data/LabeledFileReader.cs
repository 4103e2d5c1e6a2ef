using System.Text;
using Stance.Model.Labels;

namespace Stance.Model.Data;

/// <summary>
/// Reads and validates labeled sentence files in the LABELS.md format:
/// UTF-8, tab-separated, header <c>article_id sentence_id labels text [extra columns...]</c>.
/// </summary>
/// <remarks>
/// Two optional groups of extra columns change how rows are read:
/// <list type="bullet">
/// <item><c>source</c>, <c>start</c>, <c>end</c> (with optional <c>corpus</c> and <c>sha256</c>): a
/// <see cref="SourceReference"/> to the sentence in a corpus file; a row with a source may leave
/// <c>text</c> empty (labels of real articles are kept without their text).</item>
/// <item><c>decision</c> (<c>accept</c>, <c>skip</c> or <c>undo</c>): the file is a log of an
/// annotation session; a sentence may appear many times, the last decision wins, and only
/// accepted sentences are returned.</item>
/// </list>
/// </remarks>
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
        var decisions = new List<(LabeledSentence Row, string Decision)>();
        LabeledFileColumns? columns = null;
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
                columns = CheckHeader(line, fileName, issues);
                if (columns is null)
                {
                    break;
                }

                continue;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            var row = ParseRow(line, columns!, fileName, lineNumber, issues, out var decision);
            if (row is null)
            {
                continue;
            }

            if (decision is not null)
            {
                decisions.Add((row, decision));
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

        return new LabeledFileReadResult(columns?.Decision >= 0 ? LastDecisions(decisions) : sentences, issues);
    }

    /// <summary>The accepted sentences of a session log: the last decision per sentence wins, in first-seen order.</summary>
    private static List<LabeledSentence> LastDecisions(List<(LabeledSentence Row, string Decision)> decisions)
    {
        var order = new List<(string, int)>();
        var last = new Dictionary<(string, int), LabeledSentence?>();
        foreach (var (row, decision) in decisions)
        {
            var key = (row.ArticleId, row.SentenceId);
            if (!last.ContainsKey(key))
            {
                order.Add(key);
            }

            last[key] = decision == AcceptDecision ? row : null;
        }

        return order.Select(key => last[key]).OfType<LabeledSentence>().ToList();
    }

    private static LabeledFileColumns? CheckHeader(string line, string fileName, List<LabeledFileIssue> issues)
    {
        var names = line.Split('\t').Select(c => c.Trim()).ToArray();
        for (var i = 0; i < RequiredColumns.Count; i++)
        {
            if (i >= names.Length || names[i] != RequiredColumns[i])
            {
                issues.Add(new LabeledFileIssue(fileName, 1, $"the header must start with {string.Join("<TAB>", RequiredColumns)}; found '{Shorten(line)}'"));
                return null;
            }
        }

        var columns = new LabeledFileColumns(names);
        if (columns.Source >= 0 && (columns.Start < 0 || columns.End < 0))
        {
            issues.Add(new LabeledFileIssue(fileName, 1, "a file with a 'source' column needs 'start' and 'end' columns too"));
            return null;
        }

        return columns;
    }

    private static LabeledSentence? ParseRow(string line, LabeledFileColumns header, string fileName, int lineNumber, List<LabeledFileIssue> issues, out string? decision)
    {
        decision = null;
        var columns = line.Split('\t');
        if (columns.Length != header.Count)
        {
            issues.Add(new LabeledFileIssue(fileName, lineNumber, $"expected {header.Count} tab-separated columns as in the header, found {columns.Length}"));
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

        var hasSource = header.Source >= 0 && columns[header.Source].Trim().Length > 0;
        var reference = hasSource ? ParseReference(columns, header, fileName, lineNumber, issues) : null;
        var text = columns[3].Trim();
        if (text.Length == 0 && !hasSource)
        {
            issues.Add(new LabeledFileIssue(fileName, lineNumber, "text is empty"));
        }

        if (header.Decision >= 0)
        {
            decision = columns[header.Decision].Trim();
            if (decision is not (AcceptDecision or "skip" or "undo"))
            {
                issues.Add(new LabeledFileIssue(fileName, lineNumber, $"decision must be accept, skip or undo, found '{Shorten(decision)}'"));
            }
        }

        if (issues.Count > issueCount)
        {
            return null;
        }

        var provenance = header.Provenance >= 0 ? columns[header.Provenance].Trim() : string.Empty;
        return new LabeledSentence(articleId, sentenceId, labels, text, provenance, reference);
    }

    private static SourceReference? ParseReference(string[] columns, LabeledFileColumns header, string fileName, int lineNumber, List<LabeledFileIssue> issues)
    {
        var startText = columns[header.Start].Trim();
        var endText = columns[header.End].Trim();
        if (!int.TryParse(startText, System.Globalization.NumberStyles.None, null, out var start)
            || !int.TryParse(endText, System.Globalization.NumberStyles.None, null, out var end)
            || end <= start)
        {
            issues.Add(new LabeledFileIssue(fileName, lineNumber, $"start and end must be whole numbers with start < end, found '{Shorten(startText)}' and '{Shorten(endText)}'"));
            return null;
        }

        var corpus = header.Corpus >= 0 ? columns[header.Corpus].Trim() : string.Empty;
        var folder = Path.GetDirectoryName(Path.GetFullPath(fileName)) ?? ".";
        var corpusPath = corpus.Length == 0 ? folder : Path.GetFullPath(Path.Combine(folder, corpus));
        var source = columns[header.Source].Trim().Replace('\\', '/');
        if (Path.IsPathRooted(source) || source.Split('/').Contains(".."))
        {
            issues.Add(new LabeledFileIssue(fileName, lineNumber, $"source '{Shorten(source)}' must be a path inside the corpus folder (no leading '/', no '..')"));
            return null;
        }

        var sha = header.Sha256 >= 0 ? columns[header.Sha256].Trim().ToLowerInvariant() : string.Empty;
        return new SourceReference(fileName, lineNumber, corpus.Length == 0 ? "." : corpus, corpusPath, source, start, end, sha);
    }

    private const string AcceptDecision = "accept";

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
