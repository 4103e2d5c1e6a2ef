using Stance.Model.Reading;

namespace Stance.Model.Tests.Reading;

public class RobustnessTests
{
    private static readonly string[] Pieces =
    [
        "<p>", "</p>", "<div class=\"a\">", "</div>", "<b>", "</i>", "<!--", "-->", "<script>", "</script>", "<style>", "<br>",
        "&amp;", "&", "&#x41;", "&#0;", "&bogus;", "&lt;", "<", ">", "\"", "'", "\r\n", "\n", "\r", " ", "\t", "The army denied it.",
        "Officials said", "é", "\u00AD", "\uD83D\uDE00", "<table><tr><td>", "</td>", "<template>", "<a href='x'>", "</a>",
        "# ", "**", "_", "`", "```", "[x](y)", "![i](j)", "---\ntitle: x\n---\n", "> ", "- ", "|a|b|\n|-|-|\n", "\\*",
    ];

    [Theory]
    [InlineData(DocumentFormat.Html)]
    [InlineData(DocumentFormat.Markdown)]
    [InlineData(DocumentFormat.Text)]
    public void Random_markup_never_throws_and_offsets_stay_in_order(DocumentFormat format)
    {
        var random = new Random(12);
        var reader = new DocumentReader();
        for (var round = 0; round < 300; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var sentences = reader.Read(text, format).Sentences;
            var previousEnd = 0;
            foreach (var s in sentences)
            {
                Assert.True(s.Start >= previousEnd && s.Start <= s.End && s.End <= text.Length, $"{format} round {round}: [{s.Start},{s.End}) after {previousEnd} in {text.Length} chars");
                Assert.Contains(s.Text, c => char.IsLetterOrDigit(c));
                previousEnd = s.End;
            }
        }
    }

    [Theory]
    [InlineData(DocumentFormat.Markdown, 5000, "> ")]
    [InlineData(DocumentFormat.Markdown, 3000, "- ")]
    [InlineData(DocumentFormat.Markdown, 3000, "*")]
    [InlineData(DocumentFormat.Html, 2000, "<div>")]
    public void Absurdly_deep_nesting_is_read_without_throwing(DocumentFormat format, int depth, string opener)
    {
        var text = string.Concat(Enumerable.Repeat(opener, depth)) + "The ministry denied it.";
        var sentences = new DocumentReader().Read(text, format).Sentences;
        Assert.Contains(sentences, s => s.Text.Contains("denied", StringComparison.Ordinal));
    }
}
