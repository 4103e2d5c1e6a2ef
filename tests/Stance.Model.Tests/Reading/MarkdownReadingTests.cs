using Stance.Model.Reading;

namespace Stance.Model.Tests.Reading;

public class MarkdownReadingTests
{
    private static readonly DocumentReader Reader = new();

    private static List<string> Sentences(string markdown) =>
        Reader.Read("article.md", markdown).Sentences.Select(s => s.Text).ToList();

    [Theory]
    [InlineData("The **minister** denied *everything* on _Tuesday_.", "The minister denied everything on Tuesday.")]
    [InlineData("Officials cited [the report](https://example.org/r \"title\") again.", "Officials cited the report again.")]
    [InlineData("Officials cited [the report][r] again.\n\n[r]: https://example.org/r", "Officials cited the report again.")]
    [InlineData("They ran `grep -r` on the files.", "They ran grep -r on the files.")]
    [InlineData("Prices rose 5&nbsp;% &amp; fell.", "Prices rose 5 % & fell.")]
    [InlineData("An escaped \\*star\\* stays.", "An escaped *star* stays.")]
    [InlineData("A photo ![the rebels denied it](img.png) here.", "A photo here.")]
    [InlineData("Mail <news@example.org> for more.", "Mail news@example.org for more.")]
    [InlineData("Inline <span>markup</span> is dropped.", "Inline markup is dropped.")]
    public void Markup_is_reduced_to_its_text(string markdown, string sentence)
    {
        Assert.Equal([sentence], Sentences(markdown));
    }

    [Theory]
    [InlineData("```\nthe rebels denied everything\n```")]
    [InlineData("~~~python\nprint('the rebels denied everything')\n~~~")]
    [InlineData("    the rebels denied everything (indented code)")]
    [InlineData("<!-- the rebels denied everything -->")]
    [InlineData("<div>\nthe rebels denied everything\n</div>")]
    [InlineData("Before <!-- the rebels denied everything --> after.")]
    public void Code_and_html_are_not_text(string block)
    {
        var sentences = Sentences($"The minister spoke.\n\n{block}\n\nThe talks resume.");
        Assert.DoesNotContain(sentences, s => s.Contains("rebels", StringComparison.Ordinal));
        Assert.Contains("The minister spoke.", sentences);
        Assert.Contains("The talks resume.", sentences);
    }

    [Fact]
    public void Headings_list_items_and_quotes_are_sentences_of_their_own()
    {
        var sentences = Sentences("# Ceasefire holds\n\nThe minister spoke.\n\n## What happened next\n\n- first point\n- second point\n\n> A quoted line");
        Assert.Equal(["Ceasefire holds", "The minister spoke.", "What happened next", "first point", "second point", "A quoted line"], sentences);
    }

    [Fact]
    public void Table_cells_are_sentences_of_their_own()
    {
        var sentences = Sentences("| who | said |\n|---|---|\n| The army | We deny it |\n\nAfter the table.");
        Assert.Equal(["who", "said", "The army", "We deny it", "After the table."], sentences);
    }

    [Fact]
    public void Front_matter_is_metadata_not_text()
    {
        const string markdown = "---\ntitle: \"Ceasefire holds\"\nauthor: Ana Ruiz\nsite: Daily Example\ndate: 2026-03-04\ntags: [war, talks]\n---\n\n# A different heading\n\nThe minister spoke.";
        var document = Reader.Read("article.md", markdown);
        Assert.Equal(new DocumentMetadata("Ceasefire holds", "Ana Ruiz", "Daily Example", "2026-03-04"), document.Metadata);
        Assert.Equal(["A different heading", "The minister spoke."], document.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Without_front_matter_the_first_top_heading_is_the_title()
    {
        Assert.Equal("Ceasefire holds", Reader.Read("a.md", "Intro line.\n\n# Ceasefire *holds*\n\nText.").Metadata.Title);
    }

    [Theory]
    [InlineData("The **minister** denied [it](https://x.org).\nHe left.", "The **minister** denied [it](https://x.org).")]
    [InlineData("# Heading one\r\n\r\nA *wrapped*\r\nsentence here.", "A *wrapped*\r\nsentence here.")]
    [InlineData("- item one\n- item *two* ends", "item *two* ends")]
    public void Offsets_span_the_sentence_in_the_original_file(string markdown, string original)
    {
        var document = Reader.Read("a.md", markdown);
        Assert.Contains(document.Sentences, s => markdown[s.Start..s.End] == original);
        Assert.All(document.Sentences, s => Assert.True(s.Start < s.End && s.End <= markdown.Length));
    }
}
