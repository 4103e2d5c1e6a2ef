using Stance.Model.Labels;

namespace Stance.Model.Attribution;

/// <summary>
/// Collects "who accuses whom" over a batch: actors normalised across articles by canonical name,
/// counts of accusations, denials and deflections between each pair, and one example sentence
/// per edge. Not thread-safe: add articles from one thread.
/// </summary>
public sealed class ActorGraph
{
    private const int ExampleLength = 300;
    private static readonly StanceLabel[] Moves = [StanceLabel.Accuse, StanceLabel.Deny, StanceLabel.Deflect];
    private readonly Dictionary<(string Source, string Target, string Move), (int Count, string Example)> _edges = [];
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);

    /// <summary>Adds one article's attributions; <paramref name="sentences"/> supplies the labels and example text.</summary>
    public void Add(string article, IReadOnlyList<AttributionSentence> sentences, IReadOnlyList<SentenceAttribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(attributions);
        var byId = sentences.ToDictionary(s => s.Id);
        foreach (var a in attributions)
        {
            if (a.Target is not { } target || target.Actor.Key == a.Speaker.Actor.Key || !byId.TryGetValue(a.SentenceId, out var sentence))
            {
                continue;
            }

            var source = Intern(a.Speaker.Actor);
            var to = Intern(target.Actor);
            foreach (var move in Moves.Where(sentence.Labels.Contains))
            {
                var key = (source.Key, to.Key, LabelSet.NameOf(move));
                var example = _edges.TryGetValue(key, out var existing) ? existing.Example : Example(article, sentence);
                _edges[key] = (existing.Count + 1, example);
            }
        }
    }

    /// <summary>Every edge, most frequent first (ties by source, target, move).</summary>
    public IReadOnlyList<ActorEdge> Edges() =>
        _edges.Select(e => new ActorEdge(_actors[e.Key.Source], _actors[e.Key.Target], e.Key.Move, e.Value.Count, e.Value.Example))
            .OrderByDescending(e => e.Count).ThenBy(e => e.Source.Canonical, StringComparer.Ordinal)
            .ThenBy(e => e.Target.Canonical, StringComparer.Ordinal).ThenBy(e => e.Move, StringComparer.Ordinal)
            .ToList();

    /// <summary>The <paramref name="top"/> actors with the most edges (as source or target), most first.</summary>
    public IReadOnlyList<Actor> TopActors(int top) =>
        _edges.SelectMany(e => new[] { (e.Key.Source, e.Value.Count), (e.Key.Target, e.Value.Count) })
            .GroupBy(x => x.Item1)
            .OrderByDescending(g => g.Sum(x => x.Item2)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(top).Select(g => _actors[g.Key]).ToList();

    /// <summary>How many sentences of <paramref name="move"/> <paramref name="source"/> directed at <paramref name="target"/>.</summary>
    public int Count(Actor source, Actor target, string move)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        return _edges.TryGetValue((source.Key, target.Key, move), out var edge) ? edge.Count : 0;
    }

    private Actor Intern(Actor actor)
    {
        // Across articles one canonical name is one actor; the first type seen is kept.
        if (!_actors.TryGetValue(actor.Key, out var known))
        {
            _actors[actor.Key] = known = actor;
        }

        return known;
    }

    private static string Example(string article, AttributionSentence sentence)
    {
        var text = string.Join(' ', sentence.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return $"{article}#{sentence.Id}: {(text.Length > ExampleLength ? text[..ExampleLength] + "..." : text)}";
    }
}
