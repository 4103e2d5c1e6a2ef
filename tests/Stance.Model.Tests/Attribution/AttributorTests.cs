using Stance.Model.Attribution;
using Stance.Model.Labels;

namespace Stance.Model.Tests.Attribution;

/// <summary>Attribution rules on short articles written for these tests (clean and punctuation-stripped).</summary>
public sealed class AttributorTests
{
    private static readonly LabelSet Accuse = LabelSet.Of(StanceLabel.Accuse);
    private static readonly LabelSet Deny = LabelSet.Of(StanceLabel.Deny);
    private static readonly LabelSet None = LabelSet.None;

    [Fact]
    public void Source_before_the_verb_and_the_object_of_an_accusation()
    {
        var result = Attribute((Accuse, "Amnesty International accused the Syrian government of bombing a hospital in Idlib."));
        Assert.Equal("Amnesty International", result[0].Speaker.Actor.Canonical);
        Assert.Equal(ActorType.Intl, result[0].Speaker.Actor.Type);
        Assert.Equal("Syrian government", result[0].Target!.Actor.Canonical);
        Assert.Equal("the Syrian government", result[0].Target!.Mention!.Text);
    }

    [Fact]
    public void Source_after_the_verb_in_stripped_text_and_the_agent_of_an_attack()
    {
        var result = Attribute((Accuse, "The strikes carried out by Russian jets killed 18 people including five children said the Observatory"));
        Assert.Equal("Syrian Observatory for Human Rights", result[0].Speaker.Actor.Canonical);
        Assert.Equal("Russian armed forces", result[0].Target!.Actor.Canonical);
        var mention = result[0].Speaker.Mention!;
        Assert.Equal("the Observatory", "The strikes carried out by Russian jets killed 18 people including five children said the Observatory"[mention.Start..mention.End]);
    }

    [Fact]
    public void He_said_resolves_to_the_last_named_person_and_aliases_share_one_actor()
    {
        var result = Attribute(
            (Accuse, "The United States accused Russia of bombing a convoy."),
            (None, "Russian Defence Ministry spokesman Igor Konashenkov spoke to reporters on Monday."),
            (Deny, "He said the accusations were baseless."),
            (Deny, "Russias defence ministry said its aircraft had not flown over the area"));
        Assert.Equal("Igor Konashenkov", result[1].Speaker.Actor.Canonical);
        Assert.Equal("he", result[1].Speaker.Mention!.Text, ignoreCase: true);
        Assert.Equal(3, result[1].Speaker.Mention!.SentenceId);
        Assert.Equal("Russian Defence Ministry", result[2].Speaker.Actor.Canonical);
    }

    [Fact]
    public void A_denial_answers_the_accusation_against_its_speaker_and_targets_the_accuser()
    {
        var result = Attribute(
            (Accuse, "Human Rights Watch accused Russia of using cluster bombs in Aleppo."),
            (None, "The war has lasted five years."),
            (Deny, "Moscow denied the claims on Tuesday."));
        var denial = result.Single(r => r.SentenceId == 3);
        Assert.True(denial.Target is not null, string.Join(" / ", result.Select(r => $"{r.SentenceId} {r.Speaker.Actor} {r.Target?.Actor} {r.RespondsTo}")));
        Assert.Equal("Russia", denial.Speaker.Actor.Canonical);
        Assert.Equal(1, denial.RespondsTo);
        Assert.Equal("Human Rights Watch", denial.Target!.Actor.Canonical);
    }

    [Fact]
    public void The_outlets_own_voice_when_nobody_is_quoted_and_a_quote_attributed_in_the_next_sentence()
    {
        var result = Attribute(
            (Accuse, "Government forces shelled the town for a third day."),
            (Deny, "\u201cWe have never targeted civilians."),
            (None, "Our soldiers respect the law,\u201d the army said."));
        Assert.True(result[0].Speaker.Actor.IsReporter);
        Assert.Null(result[0].Speaker.Mention);
        Assert.Equal("the army", result[1].Speaker.Mention!.Text);
    }

    [Fact]
    public void Sentences_without_moves_get_no_attribution()
    {
        var result = Attribute((None, "The weather was cold."), (Accuse, "Rebels accused the regime of starving the town."));
        Assert.Single(result);
        Assert.Equal(2, result[0].SentenceId);
    }

    private static IReadOnlyList<SentenceAttribution> Attribute(params (LabelSet Labels, string Text)[] sentences) =>
        new Attributor().Attribute([.. sentences.Select((s, i) => new AttributionSentence(i + 1, s.Text, s.Labels))]);
}
