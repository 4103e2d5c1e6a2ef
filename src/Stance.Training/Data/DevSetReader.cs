using System.Text;
using Stance.Model.Data;
using Stance.Model.Labels;

namespace Stance.Training.Data;

/// <summary>
/// Reads the real-text dev set: rows of <c>corpus_file, start, end, labels</c> pointing into
/// ../shared/corpora/, so that no corpus text is stored in the project.
/// </summary>
public static class DevSetReader
{
    /// <summary>The sentences, with text read from <paramref name="corpusRoot"/>; null when the corpus is absent.</summary>
    /// <exception cref="LabeledFileException">The dev file is malformed or points outside its corpus file.</exception>
    public static IReadOnlyList<LabeledSentence>? Read(string devFile, string corpusRoot)
    {
        if (!Directory.Exists(corpusRoot))
        {
            return null;
        }

        var issues = new List<LabeledFileIssue>();
        var sentences = new List<LabeledSentence>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(devFile, Encoding.UTF8);
        var ordinal = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 1; n < lines.Length; n++)
        {
            var columns = lines[n].Split('\t');
            if (lines[n].Length == 0)
            {
                continue;
            }

            if (columns.Length != 4 || !int.TryParse(columns[1], out var start) || !int.TryParse(columns[2], out var end) || start < 0 || end <= start)
            {
                issues.Add(new LabeledFileIssue(devFile, n + 1, "expected corpus_file<TAB>start<TAB>end<TAB>labels with 0 <= start < end"));
                continue;
            }

            if (!LabelSet.TryParse(columns[3], out var labels, out var error))
            {
                issues.Add(new LabeledFileIssue(devFile, n + 1, error));
                continue;
            }

            var file = columns[0];
            if (!texts.TryGetValue(file, out var text))
            {
                var path = Path.Combine(corpusRoot, file);
                if (!File.Exists(path))
                {
                    issues.Add(new LabeledFileIssue(devFile, n + 1, $"corpus file '{file}' not found under {corpusRoot}"));
                    continue;
                }

                texts[file] = text = File.ReadAllText(path);
            }

            if (end > text.Length)
            {
                issues.Add(new LabeledFileIssue(devFile, n + 1, $"offsets {start}-{end} run past the end of '{file}' ({text.Length} characters)"));
                continue;
            }

            var id = ordinal[file] = ordinal.GetValueOrDefault(file) + 1;
            var sentence = string.Join(' ', text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            sentences.Add(new LabeledSentence(file, id, labels, sentence, "dev-real"));
        }

        return issues.Count == 0 ? sentences : throw new LabeledFileException(issues);
    }
}
