using Stance.Model.Labels;

namespace Stance.Model.Tests.Labels;

public sealed class LabelSetTests
{
    [Theory]
    [InlineData("none", 0)]
    [InlineData("accuse", 1)]
    [InlineData("deny,deflect", 2)]
    [InlineData("accuse,deny,deflect,cite-evidence", 4)]
    [InlineData("accuse,cite-evidence", 2)]
    public void Parses_and_formats_round_trip(string text, int count)
    {
        var set = LabelSet.Parse(text);
        Assert.Equal(count, set.Count);
        Assert.Equal(text, set.ToString());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("blame", "unknown label 'blame'")]
    [InlineData("deny,accuse", "not in the order")]
    [InlineData("deny,deny", "appears twice")]
    [InlineData("none,deny", "cannot be combined")]
    [InlineData("Accuse", "unknown label")]
    [InlineData("accuse, deny", "unknown label ' deny'")]
    public void Rejects_malformed_label_columns(string text, string expectedError)
    {
        Assert.False(LabelSet.TryParse(text, out _, out var error));
        Assert.Contains(expectedError, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_builds_the_set_in_canonical_order_whatever_the_argument_order() =>
        Assert.Equal("accuse,cite-evidence", LabelSet.Of(StanceLabel.CiteEvidence, StanceLabel.Accuse).ToString());
}
