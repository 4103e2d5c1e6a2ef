using System.Text.RegularExpressions;
using Stance.Model.Reading;

namespace Stance.Model.Tests.Reading;

/// <summary>
/// Real saved pages from ../shared/html-pages (Mozilla Readability's test pages, read at run
/// time and never copied here): the article is kept, the page dropped, and every sentence's
/// offsets point at its text in the original file.
/// </summary>
public class RealPageTests
{
    private static readonly string Folder = RepoPaths.Of("..", "shared", "html-pages");
    private static readonly string WhyMissing = $"{Folder} is not next to this checkout (the real-page tests need it)";
    private static readonly DocumentReader Reader = new();

    /// <summary>Every page of the folder (47, about 5 s in all); one placeholder that skips when the folder is absent.</summary>
    public static TheoryData<string> Pages => Directory.Exists(Folder)
        ? new(Directory.GetDirectories(Folder).Select(d => Path.GetFileName(d)).Where(p => File.Exists(Path.Combine(Folder, p, "expected.html"))).Order(StringComparer.Ordinal))
        : new("(folder absent)");

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public void Kept_text_is_the_article(string page)
    {
        Skip.IfNot(Directory.Exists(Folder), WhyMissing);
        var document = Reader.Read("source.html", File.ReadAllText(Path.Combine(Folder, page, "source.html")));
        var kept = Words(string.Join(' ', document.Sentences.Where(s => !s.IsBoilerplate).Select(s => s.Text)));
        var expected = Words(HtmlReadingTests.Visible(File.ReadAllText(Path.Combine(Folder, page, "expected.html"))));
        var overlap = kept.Sum(k => Math.Min(k.Value, expected.GetValueOrDefault(k.Key)));
        var precision = overlap / (double)kept.Values.Sum();
        var recall = overlap / (double)expected.Values.Sum();
        Assert.True(precision >= 0.9 && recall >= 0.85, $"{page}: precision {precision:F3}, recall {recall:F3}");
        Assert.True(document.MainContentFound);
    }

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public void Offsets_point_at_each_sentence_in_the_original_file(string page)
    {
        Skip.IfNot(Directory.Exists(Folder), WhyMissing);
        var html = File.ReadAllText(Path.Combine(Folder, page, "source.html"));
        var sentences = Reader.Read("source.html", html).Sentences;
        Assert.NotEmpty(sentences);
        var previousEnd = 0;
        var inexact = 0;
        foreach (var s in sentences)
        {
            Assert.True(s.Start >= previousEnd && s.End > s.Start && s.End <= html.Length, $"{page} #{s.Id}: [{s.Start},{s.End}) after {previousEnd}");
            previousEnd = s.End;

            // Tags may sit inside a word (<b>un</b>usual), so spacing is not compared.
            var visible = HtmlReadingTests.Visible(html[s.Start..s.End]);
            if (Squeeze(visible) == Squeeze(s.Text))
            {
                continue;
            }

            // Otherwise the page had something inside the sentence that is not text (a hidden or
            // removed inline element): the span still starts and ends on the sentence and holds its words in order.
            inexact++;
            var words = WordList(s.Text);
            var original = WordList(visible);
            Assert.True(words[0] == original[0] && words[^1] == original[^1] && IsSubsequence(words, original), $"{page} #{s.Id}: '{s.Text}' vs '{visible}'");
        }

        Assert.True(inexact <= sentences.Count / 100, $"{page}: {inexact} of {sentences.Count} sentences are not exactly their original text");
    }

    private static List<string> WordList(string text) => Regex.Matches(text, @"[\p{L}\p{Nd}]+").Select(m => m.Value).ToList();

    private static bool IsSubsequence(List<string> words, List<string> original)
    {
        var k = 0;
        foreach (var word in original)
        {
            k += k < words.Count && words[k] == word ? 1 : 0;
        }

        return k == words.Count;
    }

    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", string.Empty);

    private static Dictionary<string, int> Words(string text) =>
        Regex.Matches(text.ToLowerInvariant(), @"[\p{L}\p{Nd}]+").GroupBy(m => m.Value).ToDictionary(g => g.Key, g => g.Count());
}
