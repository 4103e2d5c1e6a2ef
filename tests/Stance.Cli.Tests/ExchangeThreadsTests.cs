using Stance.Cli.Formatting;
using Stance.Model.Attribution;
using Stance.Model.Labels;
using Stance.Model.Scoring;

namespace Stance.Cli.Tests;

public sealed class ExchangeThreadsTests
{
    private static readonly Dictionary<StanceLabel, IReadOnlyList<FeatureContribution>> NoReasons = [];

    [Theory]
    [InlineData("accuse", "<i>accuse</i>")]
    [InlineData("none", "<i>claim</i>")]
    public void The_answered_sentence_is_shown_as_what_it_is(string answeredLabels, string shown)
    {
        var ministry = new ActorMention(new Actor("Russian Defence Ministry", ActorType.State), null);
        var article = new ArticleResult(
            "a.txt",
            [Sentence(1, "Bloomberg reported that jets hit a market.", answeredLabels), Sentence(2, "The ministry denied it.", "deny")],
            [],
            2,
            Attributions: [new SentenceAttribution(2, ministry, null, 1)]);

        var html = ExchangeThreads.Html(article);

        Assert.Contains($"data-sentence=\"1\"><span class=\"who\">{(answeredLabels == "none" ? string.Empty : "<b class=\"speaker\">(reporter)</b> ")}{shown}", html, StringComparison.Ordinal);
        Assert.Contains("<b class=\"speaker\">Russian Defence Ministry</b> <i>deny</i>", html, StringComparison.Ordinal);
    }

    private static ScoredSentence Sentence(int id, string text, string labels) =>
        new(id, 0, text.Length, text, false, LabelSet.Parse(labels), [0f, 0f, 0f, 0f], NoReasons);
}
