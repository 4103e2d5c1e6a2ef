using Stance.Training.Attribution;

namespace Stance.Training.Tests.Attribution;

public sealed class AttributionScoringTests
{
    [Theory]
    [InlineData("the Russian Defence Ministry", "Russian Defence Ministry", true, true)]
    [InlineData("Russia's defence ministry", "Russias Defence Ministry", true, true)]
    [InlineData("Syrian government", "Syrian government forces", false, true)]
    [InlineData("Russian air force", "Russian armed forces", false, true)]
    [InlineData("Syrian rebels", "United States", false, false)]
    [InlineData("(reporter)", "reporter", false, false)]
    [InlineData("-", "-", true, true)]
    public void Names_match_exactly_or_by_token_overlap(string a, string b, bool exact, bool partial)
    {
        Assert.Equal(exact, NameMatch.Exact(a, b));
        Assert.Equal(partial, NameMatch.Partial(a, b));
    }

    [Fact]
    public void Scorer_counts_speakers_targets_and_links()
    {
        static AttributionAnswer A(string speaker, string target, params int[] links) => new([new NamePair(speaker, speaker)], [new NamePair(target, target)], links);
        var scores = AttributionScorer.Score(
        [
            (A("Amnesty International", "Russia"), A("Amnesty", "Russia"), false),
            (A("Russian Defence Ministry", "Amnesty International", 1), A("the Russian Defence Ministry", "-", 1), true),
            (A("(reporter)", "-", 1), A("(reporter)", "-", 2), true),
            (A("Igor Konashenkov", "-"), A("(reporter)", "-"), true),
        ]);
        Assert.Equal(4, scores.Sentences);
        Assert.Equal(0.5, scores.SpeakerExact);
        Assert.Equal(0.75, scores.SpeakerPartial);
        Assert.Equal(0.75, scores.TargetExact);
        Assert.Equal((3, 2, 2, 1), (scores.LinkSentences, scores.LinksGold, scores.LinksPredicted, scores.LinksCorrect));
        Assert.Equal(0.5, scores.LinkPrecision);
    }
}
