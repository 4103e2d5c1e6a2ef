using Stance.Model.Attribution;
using Stance.Model.Labels;

namespace Stance.Training.Attribution;

/// <summary>
/// Runs the attributor on the gold articles (with their gold moves, so that attribution is
/// measured apart from move classification) and scores it; also scores one annotation pass
/// against another on the sentences both annotated (inter-annotator agreement).
/// </summary>
public static class AttributionEvaluator
{
    /// <summary>The attributor's answers for every sentence of <paramref name="gold"/>'s articles, by (article, sentence).</summary>
    public static Dictionary<(string Article, int Sentence), (SentenceAttribution Attribution, AttributionAnswer Answer)> Predict(AttributionGold gold, AttributionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var attributor = new Attributor(options);
        var answers = new Dictionary<(string, int), (SentenceAttribution, AttributionAnswer)>();
        foreach (var (id, sentences) in gold.Articles)
        {
            foreach (var a in attributor.Attribute(sentences))
            {
                answers[(id, a.SentenceId)] = (a, ToAnswer(a));
            }
        }

        return answers;
    }

    /// <summary>The attributor's result in the scorer's form.</summary>
    public static AttributionAnswer ToAnswer(SentenceAttribution a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var speaker = new NamePair(a.Speaker.Mention?.Text ?? a.Speaker.Actor.Canonical, a.Speaker.Actor.Canonical);
        var target = a.Target is { } t ? new NamePair(t.Mention?.Text ?? t.Actor.Canonical, t.Actor.Canonical) : new NamePair("-", "-");
        return new AttributionAnswer([speaker], [target], a.RespondsTo is { } r ? [r] : []);
    }

    /// <summary>Scores the attributor on the rows of <paramref name="split"/> annotated in <paramref name="pass"/>.</summary>
    public static AttributionScores Evaluate(AttributionGold gold, string split, string pass, AttributionOptions? options = null)
    {
        var predicted = Predict(gold, options);
        return AttributionScorer.Score(Rows(gold, split, pass)
            .Select(r => (r.Answer, predicted.TryGetValue((r.ArticleId, r.SentenceId), out var p) ? p.Answer : Empty, IsLink(r.Labels)))
            .ToList());
    }

    /// <summary>Scores pass <paramref name="other"/> against pass <paramref name="pass"/> on the sentences both annotated.</summary>
    public static AttributionScores Agreement(AttributionGold gold, string pass, string other)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var second = gold.Rows.Where(r => r.Pass == other).ToDictionary(r => (r.ArticleId, r.SentenceId));
        return AttributionScorer.Score(gold.Rows
            .Where(r => r.Pass == pass && second.ContainsKey((r.ArticleId, r.SentenceId)))
            .Select(r => (r.Answer, second[(r.ArticleId, r.SentenceId)].Answer, IsLink(r.Labels)))
            .ToList());
    }

    /// <summary>The rows of a split and pass ("all" takes every split).</summary>
    public static IEnumerable<AttributionGoldRow> Rows(AttributionGold gold, string split, string pass)
    {
        ArgumentNullException.ThrowIfNull(gold);
        return gold.Rows.Where(r => r.Pass == pass && (split == "all" || r.Split == split));
    }

    /// <summary>True for the sentences respondsTo is measured on: denials and deflections.</summary>
    public static bool IsLink(LabelSet labels) => labels.Contains(StanceLabel.Deny) || labels.Contains(StanceLabel.Deflect);

    private static readonly AttributionAnswer Empty = new([new NamePair("-", "-")], [new NamePair("-", "-")], []);
}
