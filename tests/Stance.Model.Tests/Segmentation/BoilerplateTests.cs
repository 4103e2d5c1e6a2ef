using Stance.Model.Segmentation;

namespace Stance.Model.Tests.Segmentation;

public sealed class BoilerplateTests
{
    private static readonly Segmenter Segmenter = new();

    [Theory]
    [InlineData("Share this article")]
    [InlineData("SHARE THIS ARTICLE")]
    [InlineData("Copy to clipboard")]
    [InlineData("Press TV's website can also be accessed at the following alternate addresses:")]
    [InlineData("www.presstv.co.uk")]
    [InlineData("Read more: Over 80 NGOs call for Russia to be dropped")]
    [InlineData("Get short URL")]
    [InlineData("Follow us on Twitter")]
    [InlineData("Copyright 2016 Reuters")]
    [InlineData("News / Russia")]
    public void Flags_site_furniture(string line)
    {
        var sentence = Assert.Single(Segmenter.Segment(line));
        Assert.True(sentence.IsBoilerplate);
    }

    [Theory]
    [InlineData("Russia has dismissed the report as full of fakes.")]
    [InlineData("Amnesty said it had read more than 200 testimonies.")]
    [InlineData("The article was shared widely.")]
    public void Keeps_news_sentences_unflagged(string line)
    {
        var sentence = Assert.Single(Segmenter.Segment(line));
        Assert.False(sentence.IsBoilerplate);
    }

    [Fact]
    public void Headlines_after_a_related_header_are_flagged_until_prose_resumes()
    {
        var sentences = Segmenter.Segment("See also\n\nPeskov says talks stalled\n\n\"We deny it,\" she said.");
        Assert.Equal([true, true, false], sentences.Select(s => s.IsBoilerplate));
    }
}
