using Stance.Model.Annotation;
using Stance.Model.Labels;

namespace Stance.Model.Tests.Annotation;

public sealed class UncertaintyTests
{
    [Theory]
    [InlineData(0.30f, 0.30, 0.0)]
    [InlineData(0.50f, 0.30, 0.847)]
    [InlineData(0.0f, 0.30, 12.97)]
    public void Distance_is_in_log_odds(float p, double threshold, double expected) =>
        Assert.Equal(expected, Uncertainty.Of([p, 0.99f, 0.99f, 0.99f], [threshold, 0.01, 0.01, 0.01], [StanceLabel.Accuse]), 2);

    [Fact]
    public void The_nearest_label_decides()
    {
        float[] p = [0.9f, 0.25f, 0.01f, 0.5f];
        double[] t = [0.3, 0.3, 0.3, 0.3];
        Assert.Equal(Uncertainty.Of(p, t, [StanceLabel.Deny]), Uncertainty.Of(p, t));
    }
}
