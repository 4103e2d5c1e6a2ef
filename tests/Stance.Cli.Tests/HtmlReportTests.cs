using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Stance.Cli.Tests;

[Collection(SystemPackages.Collection)]
public sealed partial class HtmlReportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("stance-html").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Article_text_is_escaped_so_a_script_in_it_cannot_run()
    {
        var article = Path.Combine(_directory, "evil.txt");
        File.WriteAllText(article, "Officials denied it. The page said &lt;script&gt;alert(1)&lt;/script&gt; and <script>alert(2)</script> ran & left.\n");
        var html = Score(article);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_sentence_appears_exactly_once_with_its_labels_as_classes()
    {
        var html = Score(RepoPaths.Of("seeds", "001_4b91d925b82a1461.txt"));
        var ids = SentenceSpan().Matches(html).Select(m => int.Parse(m.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, 21), ids);
        Assert.Contains("deny", Regex.Match(html, "class=\"s (?<labels>[a-z -]+)\" id=\"s2\"").Groups["labels"].Value.Split(' '));
        Assert.Contains("class=\"s bp\" id=\"s20\"", html, StringComparison.Ordinal);
        Assert.Contains("tabindex=\"0\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#s2\">#2</a>", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Report_renders_in_headless_chromium_with_highlights_and_chart()
    {
        var chromium = Chromium.Find();
        Skip.If(chromium is null, Chromium.WhyMissing);
        var report = Path.Combine(_directory, "report.html");
        Assert.Equal(0, CliRunner.Run("score", RepoPaths.Of("seeds", "004_d287f8da5092c987.txt"), "--format", "html", "--out", report).Exit);
        var screenshot = Path.Combine(_directory, "report.png");
        var dom = Chromium.Run(chromium!, _directory, "--dump-dom", new Uri(report).AbsoluteUri);
        Chromium.Run(chromium!, _directory, $"--screenshot={screenshot}", "--window-size=1000,1200", new Uri(report).AbsoluteUri);

        Assert.Equal(16, SentenceSpan().Count(dom));
        Assert.Contains("class=\"s accuse deny\"", dom, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(dom, "<rect class=\"bar c\\d\""));
        Assert.True(new FileInfo(screenshot).Length > 30_000, "the screenshot is nearly empty: nothing rendered");
    }

    private string Score(string article)
    {
        var output = Path.Combine(_directory, Path.GetFileNameWithoutExtension(article) + ".html");
        Assert.Equal(0, CliRunner.Run("score", article, "--format", "html", "--out", output).Exit);
        return File.ReadAllText(output);
    }

    [GeneratedRegex("<span class=\"s[^\"]*\" id=\"s(?<id>\\d+)\"")]
    private static partial Regex SentenceSpan();
}
