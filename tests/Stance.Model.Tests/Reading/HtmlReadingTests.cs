using System.Net;
using System.Text.RegularExpressions;
using Stance.Model.Reading;

namespace Stance.Model.Tests.Reading;

public class HtmlReadingTests
{
    // Long enough for Readability to accept it as an article (it wants some 500 characters of prose).
    private const string Body =
        "<p>The minister said on Tuesday that the ceasefire would hold through the winter, despite reports of shelling near the border.</p>" +
        "<p>Officials in the capital rejected the claims, calling them fabricated, and pointed to satellite images released by the ministry.</p>" +
        "<p>Independent monitors said they had not been able to reach the area since the road was closed by the army last month.</p>" +
        "<p>The talks are expected to resume next week in Geneva, where both delegations have agreed to meet without preconditions.</p>";

    private static readonly DocumentReader Reader = new();

    private static string Page(string inside, string head = "<title>Ceasefire holds - Daily Example</title>") =>
        $"<!DOCTYPE html>\n<html><head>{head}</head><body><article>{inside}{Body}</article></body></html>";

    private static List<string> Content(string html) =>
        Reader.Read("page.html", html).Sentences.Where(s => !s.IsBoilerplate).Select(s => s.Text).ToList();

    [Theory]
    [InlineData("comment", "<!-- <p>The rebels denied everything.</p> -->")]
    [InlineData("script", "<script>document.write('The rebels denied everything.')</script>")]
    [InlineData("style", "<style>p::after { content: 'The rebels denied everything.' }</style>")]
    [InlineData("template", "<template><p>The rebels denied everything.</p></template>")]
    [InlineData("noscript", "<noscript><p>The rebels denied everything.</p></noscript>")]
    [InlineData("hidden attribute", "<p hidden>The rebels denied everything.</p>")]
    [InlineData("aria-hidden", "<p aria-hidden=\"true\">The rebels denied everything.</p>")]
    [InlineData("display:none", "<p style=\"color: red; display: none\">The rebels denied everything.</p>")]
    [InlineData("visibility:hidden", "<div style=\"visibility:hidden\"><p>The rebels denied everything.</p></div>")]
    [InlineData("nav", "<nav><a href=\"/\">The rebels denied everything.</a></nav>")]
    [InlineData("aside", "<aside><p>The rebels denied everything.</p></aside>")]
    [InlineData("form", "<form><label>The rebels denied everything.</label><input name=\"q\"></form>")]
    [InlineData("button", "<button>The rebels denied everything.</button>")]
    [InlineData("role=navigation", "<div role=\"navigation\"><p>The rebels denied everything.</p></div>")]
    [InlineData("role=complementary", "<div role=\"complementary\"><p>The rebels denied everything.</p></div>")]
    [InlineData("role=banner", "<div role=\"banner\"><p>The rebels denied everything.</p></div>")]
    public void Page_furniture_is_not_text(string what, string furniture)
    {
        var sentences = Content(Page(furniture));
        Assert.DoesNotContain(sentences, s => s.Contains("rebels", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.StartsWith("The minister said", StringComparison.Ordinal));
        Assert.True(sentences.Count >= 4, what);
    }

    [Fact]
    public void Page_header_and_footer_are_dropped_but_not_the_rest_of_the_page()
    {
        var html = "<!DOCTYPE html><html><head><title>Ceasefire holds</title></head><body>" +
            "<header><p>Subscribe to the rebels denied everything newsletter today.</p></header>" +
            "<main><article>" + Body + "</article></main>" +
            "<footer><p>Copyright 2026 The rebels denied everything company.</p></footer></body></html>";
        var sentences = Content(html);
        Assert.DoesNotContain(sentences, s => s.Contains("rebels", StringComparison.Ordinal));
        Assert.Equal(4, sentences.Count);
    }

    [Fact]
    public void Related_links_and_share_widgets_beside_the_article_are_dropped()
    {
        var links = string.Concat(Enumerable.Range(1, 8).Select(i => $"<li><a href=\"/story{i}\">Rebels deny everything, part {i}</a></li>"));
        var html = "<!DOCTYPE html><html><head><title>Ceasefire holds</title></head><body>" +
            $"<div class=\"sidebar related\"><h3>Related</h3><ul>{links}</ul></div>" +
            $"<div class=\"story-body\">{Body}</div>" +
            "<div class=\"share\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Tweet</a></div></body></html>";
        var sentences = Content(html);
        Assert.DoesNotContain(sentences, s => s.Contains("Rebels deny", StringComparison.Ordinal) || s.Contains("Facebook", StringComparison.Ordinal));
        Assert.Equal(4, sentences.Count);
    }

    [Fact]
    public void Headings_paragraphs_and_list_items_are_separate_sentences()
    {
        var sentences = Content(Page("<h2>Background</h2><ul><li>First point without a stop</li><li>Second point</li></ul>"));
        Assert.Contains("Background", sentences);
        Assert.Contains("First point without a stop", sentences);
        Assert.Contains("Second point", sentences);
    }

    [Fact]
    public void An_inline_photo_credit_is_not_part_of_the_next_sentence()
    {
        var sentences = Content(Page("<p><span class=\"caption\"><span class=\"attribution\">Photo: Reuters</span></span> The general denied it.</p>"));
        Assert.Contains("Photo: Reuters", sentences);
        Assert.Contains("The general denied it.", sentences);
    }

    [Fact]
    public void Entities_are_decoded_and_offsets_point_at_them_in_the_original()
    {
        var html = Page("<p>Caf&eacute; owners &amp; traders said &ldquo;no&rdquo; to the plan &#8212; again.</p>");
        var document = Reader.Read("page.html", html);
        var sentence = Assert.Single(document.Sentences, s => s.Text.StartsWith("Café", StringComparison.Ordinal));
        Assert.Equal("Café owners & traders said “no” to the plan — again.", sentence.Text);
        Assert.Equal("Caf&eacute; owners &amp; traders said &ldquo;no&rdquo; to the plan &#8212; again.", html[sentence.Start..sentence.End]);
    }

    [Fact]
    public void A_sentence_across_inline_tags_spans_them_in_the_original()
    {
        var html = Page("<p>The <b>general</b> <a href=\"/x\">denied</a> it.</p>");
        var sentence = Assert.Single(Reader.Read("page.html", html).Sentences, s => s.Text == "The general denied it.");
        Assert.Equal("The <b>general</b> <a href=\"/x\">denied</a> it.", html[sentence.Start..sentence.End]);
    }

    [Fact]
    public void An_escaped_angle_bracket_is_text_and_the_tag_beside_it_is_not()
    {
        var html = Page("<p><span>#include</span> <span>&lt;stdio.h&gt;</span></p>");
        var sentence = Assert.Single(Reader.Read("page.html", html).Sentences, s => s.Text == "#include <stdio.h>");
        Assert.Equal("#include</span> <span>&lt;stdio.h&gt;", html[sentence.Start..sentence.End]);
    }

    [Fact]
    public void Offsets_hold_with_windows_line_ends()
    {
        var html = Page("<p>Line one of the\r\nwrapped paragraph.</p>").Replace("\n", "\r\n", StringComparison.Ordinal);
        var document = Reader.Read("page.html", html);
        Assert.All(document.Sentences, s => Assert.Equal(s.Text, Visible(html[s.Start..s.End])));
    }

    [Theory]
    [InlineData("<title>Ceasefire holds - Daily Example</title><meta property=\"og:title\" content=\"Ceasefire holds through winter\">", "Ceasefire holds through winter")]
    [InlineData("<title>Ceasefire holds through the winter months | Daily Example</title>", "Ceasefire holds through the winter months")]
    public void Title_comes_from_the_page_metadata(string head, string title)
    {
        Assert.Equal(title, Reader.Read("page.html", Page(string.Empty, head)).Metadata.Title);
    }

    [Fact]
    public void Byline_site_and_date_come_from_the_page_when_it_has_them()
    {
        var head = "<title>Ceasefire holds</title><meta name=\"author\" content=\"Ana Ruiz\"><meta property=\"og:site_name\" content=\"Daily Example\">" +
            "<meta property=\"article:published_time\" content=\"2026-03-04T10:15:00Z\">";
        var metadata = Reader.Read("page.html", Page(string.Empty, head)).Metadata;
        Assert.Equal("Ana Ruiz", metadata.Byline);
        Assert.Equal("Daily Example", metadata.SiteName);
        Assert.StartsWith("2026-03-04", metadata.Published, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_an_article_keeps_its_visible_text_and_still_drops_furniture()
    {
        var html = "<html><head><title>Note</title></head><body><nav>Home | News</nav><p>Short note: the rebels denied it.</p><!-- <p>hidden remark</p> --></body></html>";
        var document = Reader.Read("note.htm", html);
        Assert.False(document.MainContentFound);
        Assert.Equal(["Short note: the rebels denied it."], document.Sentences.Select(s => s.Text));
    }

    [Theory]
    [InlineData("a.html", "plain words", DocumentFormat.Html)]
    [InlineData("a.HTM", "plain words", DocumentFormat.Html)]
    [InlineData("a.md", "# x", DocumentFormat.Markdown)]
    [InlineData("a.markdown", "x", DocumentFormat.Markdown)]
    [InlineData("a.txt", "<!DOCTYPE html><html></html>", DocumentFormat.Text)]
    [InlineData("-", "\n  <!doctype HTML><html><body>x</body></html>", DocumentFormat.Html)]
    [InlineData("-", "<p>A scraped paragraph</p>", DocumentFormat.Text)]
    [InlineData("-", "Just text.", DocumentFormat.Text)]
    public void Format_follows_the_extension_then_the_content(string name, string text, DocumentFormat format)
    {
        Assert.Equal(format, DocumentReader.FormatOf(name, text));
    }

    [Fact]
    public void Plain_text_is_read_exactly_as_the_segmenter_reads_it()
    {
        const string text = "Share this article\n\nThe minister denied it. <b>Officials</b> said so.\nSee also\nOther story here";
        var document = Reader.Read("a.txt", text);
        Assert.Equal(DocumentFormat.Text, document.Format);
        Assert.True(document.Metadata.IsEmpty);
        Assert.Equal(new Stance.Model.Segmentation.Segmenter().Segment(text), document.Sentences);
        Assert.Contains(document.Sentences, s => s.IsBoilerplate);
    }

    /// <summary>What a reader sees of an HTML fragment: tags dropped, entities decoded, white space collapsed.</summary>
    internal static string Visible(string fragment)
    {
        var text = Regex.Replace(fragment, "<!--.*?-->|<[^>]*>", " ", RegexOptions.Singleline);
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ').Replace("\u00AD", string.Empty, StringComparison.Ordinal);
        return Regex.Replace(text, @"\s+", " ").Trim();
    }
}
