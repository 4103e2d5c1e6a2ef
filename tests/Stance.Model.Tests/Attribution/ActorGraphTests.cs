using Stance.Model.Attribution;
using Stance.Model.Labels;

namespace Stance.Model.Tests.Attribution;

public sealed class ActorGraphTests
{
    [Fact]
    public void Counts_moves_between_actors_across_articles_by_canonical_name()
    {
        var graph = new ActorGraph();
        var attributor = new Attributor();
        foreach (var (name, text) in new[] { ("a.txt", "Amnesty accused Russia of bombing a market."), ("b.txt", "Amnesty International accused Moscow of hitting a school.") })
        {
            var sentences = new List<AttributionSentence> { new(1, text, LabelSet.Of(StanceLabel.Accuse)) };
            graph.Add(name, sentences, attributor.Attribute(sentences));
        }

        var edge = Assert.Single(graph.Edges());
        Assert.Equal(("Amnesty International", "Russia", "accuse", 2), (edge.Source.Canonical, edge.Target.Canonical, edge.Move, edge.Count));
        Assert.StartsWith("a.txt#1: ", edge.Example, StringComparison.Ordinal);
        Assert.Equal(["Amnesty International", "Russia"], graph.TopActors(30).Select(a => a.Canonical));
    }
}
