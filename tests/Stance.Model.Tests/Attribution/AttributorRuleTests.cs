using Stance.Model.Attribution;
using Stance.Model.Labels;

namespace Stance.Model.Tests.Attribution;

/// <summary>The rules added for issue 13's second round, each on a short article written for the test.</summary>
public sealed class AttributorRuleTests
{
    private static readonly LabelSet Accuse = LabelSet.Of(StanceLabel.Accuse);
    private static readonly LabelSet Deny = LabelSet.Of(StanceLabel.Deny);
    private static readonly LabelSet None = LabelSet.None;

    [Fact]
    public void A_denial_with_no_accusation_before_it_answers_the_claim_a_named_source_reported()
    {
        var result = Attribute(
            (None, "The Springfield Gazette reported on Monday that the mayor had taken bribes."),
            (Deny, "The mayor's office said the story was false."),
            (Accuse, "Critics accused the newspaper of smearing officials."));
        var denial = result.Single(r => r.SentenceId == 2);
        Assert.Equal(1, denial.RespondsTo);
        Assert.Equal("Springfield Gazette", denial.Target!.Actor.Canonical);
    }

    [Fact]
    public void An_earlier_accusation_still_comes_before_a_reported_claim()
    {
        var result = Attribute(
            (None, "The Springfield Gazette reported on Monday that the mayor had taken bribes."),
            (Accuse, "Rivals accused the mayor of corruption."),
            (Deny, "The mayor's office said the story was false."));
        Assert.Equal(2, result.Single(r => r.SentenceId == 3).RespondsTo);
    }

    [Fact]
    public void Sentences_inside_a_quote_belong_to_the_source_who_opened_it()
    {
        var result = Attribute(
            (None, "Employee Abbie McGee said: \u201cThe children love him."),
            (Deny, "\u201cAs soon as you shut the door you cannot hear him."),
            (Deny, "It seems silly that someone would moan about a bear on the high street."),
            (Deny, "The council said no proceedings had been brought."));
        Assert.Equal("Abbie McGee", result[0].Speaker.Actor.Canonical);
        Assert.Equal("Abbie McGee", result[1].Speaker.Actor.Canonical);
        Assert.NotEqual("Abbie McGee", result[2].Speaker.Actor.Canonical);
    }

    [Fact]
    public void Called_names_a_source_rather_than_reporting()
    {
        var result = Attribute((Accuse, "On Tuesday, a website called Hip Hop Hangover wrote that the singer had lied."));
        Assert.Equal("Hip Hop Hangover", result[0].Speaker.Actor.Canonical);
    }

    [Fact]
    public void Words_after_said_and_a_colon_are_the_quote_and_the_name_beside_a_description_speaks()
    {
        var result = Attribute((Deny, "Ellen, a regular at The Loft, who asked for her last name not to be used, said: \"Bearing in mind that he is quiet, nobody can hear him.\""));
        Assert.Equal("Ellen", result[0].Speaker.Mention!.Text);
    }

    [Fact]
    public void The_subject_before_a_relative_clause_speaks()
    {
        var result = Attribute((Accuse, "US Central Command which oversees US military operations in the Middle East said a strike may have killed civilians."));
        Assert.Equal("US Central Command", result[0].Speaker.Mention!.Text);
    }

    [Fact]
    public void An_agency_reporting_at_the_end_yields_to_the_source_named_first()
    {
        var result = Attribute((Accuse, "Britain said on Wednesday it would raise the attack by government forces at the Security Council, Reuters reported."));
        Assert.Equal("United Kingdom", result[0].Speaker.Actor.Canonical);
    }

    [Fact]
    public void An_officer_from_a_body_keeps_the_body_in_the_name()
    {
        var result = Attribute(
            (Accuse, "An enforcement officer from Central Bedfordshire Council said the bear was a public nuisance."),
            (Deny, "The cafe owners said the bear was quiet."));
        Assert.Contains("Central Bedfordshire Council", result[0].Speaker.Actor.Canonical, StringComparison.Ordinal);
        Assert.Contains("Central Bedfordshire Council", result[1].Target!.Actor.Canonical, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentences_after_the_last_move_do_not_change_the_attributions()
    {
        (LabelSet, string)[] article =
        [
            (Accuse, "Human Rights Watch accused Russia of using cluster bombs in Aleppo."),
            (Deny, "Moscow denied the claims on Tuesday."),
        ];
        (LabelSet, string)[] longer = [.. article, (None, "The war has lasted five years."), (None, "Talks resume in Geneva next week."),
            (None, "Officials from both sides are expected."), (None, "Observers said little would change."), (None, "The Observatory counted 300 dead.")];
        Assert.Equal(Attribute(article), Attribute(longer));
    }

    [Fact]
    public void A_sentence_saying_this_was_stated_by_someone_hands_the_one_before_it_to_them()
    {
        var result = Attribute(
            (Deny, "Moscow still has not shown compelling facts about the deaths of civilians."),
            (None, "This was stated by the official representative of the Russian foreign Ministry Maria Zakharova."));
        Assert.Equal("Maria Zakharova", result[0].Speaker.Actor.Canonical);
        Assert.Equal(ActorType.Person, result[0].Speaker.Actor.Type);
    }

    [Fact]
    public void A_role_named_at_the_end_speaks_even_after_a_long_relative_clause()
    {
        var result = Attribute((Deny, "The NGOs which failed to provide any solid proof of Russias alleged wrongdoings completely ignore the bulk of the problem in Syria the commissioner stressed"));
        Assert.Equal("the commissioner", result[0].Speaker.Mention!.Text);
    }

    [Theory]
    [InlineData("Chibok resident Solomon Ali is deeply critical of the government's handling of the situation.", "Solomon Ali")]
    [InlineData("Outraged by the kidnappings, the international community has urged the government to step up its efforts.", "the international community")]
    [InlineData("Syrian regime and rebels have traded accusations over which side is using toxic gas.", "rebels")]
    public void Subjects_of_criticism_appeals_and_traded_accusations_speak(string text, string expected)
    {
        var result = Attribute((Accuse, text));
        Assert.Contains(expected, result[0].Speaker.Mention?.Text ?? "(reporter)", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_denial_that_names_no_claim_owner_denies_the_claim_of_the_denials_around_it()
    {
        var result = Attribute(
            (None, "The strikes went on all week."),
            (Deny, "The defence ministry denied the report by Amnesty International."),
            (Deny, "This is false."));
        Assert.Equal("Amnesty International", result.Single(r => r.SentenceId == 2).Target?.Actor.Canonical);
        Assert.Equal("Amnesty International", result.Single(r => r.SentenceId == 3).Target?.Actor.Canonical);
    }

    private static IReadOnlyList<SentenceAttribution> Attribute(params (LabelSet Labels, string Text)[] sentences) =>
        new Attributor().Attribute([.. sentences.Select((s, i) => new AttributionSentence(i + 1, s.Text, s.Labels))]);
}
