using Stance.Model.Labels;

namespace Stance.Model.Attribution;

/// <summary>
/// For every sentence that carries a move: who makes it, against whom, and (for denials and
/// deflections) which accusation of the same article it answers. Rules over word lists
/// (Resources/Attribution); no parser. Works on clean and punctuation-stripped text alike.
/// Thread-safe: every call reads its own article.
/// </summary>
public sealed class Attributor(AttributionOptions? options = null)
{
    private readonly AttributionOptions _options = options ?? AttributionOptions.Default;

    /// <summary>Attributes the move-bearing sentences of one article, in reading order.</summary>
    /// <param name="sentences">Every sentence of the article in order (sentences without moves give context).</param>
    public IReadOnlyList<SentenceAttribution> Attribute(IReadOnlyList<AttributionSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var article = new ArticleContext(sentences, AttributionLexicon.Default);
        var found = new Dictionary<int, (SentenceAttribution Result, int Cue)>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var labels = sentences[i].Labels;
            if (labels.IsNone)
            {
                continue;
            }

            var (speaker, cue) = SpeakerFinder.Find(article, i, _options);
            ActorMention? target = null;
            if (labels.Contains(StanceLabel.Accuse) || labels.Contains(StanceLabel.Deflect))
            {
                target = TargetFinder.Blamed(article, i, speaker, cue, allowFallback: true);
            }
            else if (labels.Contains(StanceLabel.Deny))
            {
                target = TargetFinder.ClaimOwner(article, i, speaker);
            }
            else
            {
                target = TargetFinder.Blamed(article, i, speaker, cue, allowFallback: false);
            }

            found[i] = (new SentenceAttribution(sentences[i].Id, speaker, target, null), cue);
        }

        var results = new List<SentenceAttribution>(found.Count);
        foreach (var (i, (result, cue)) in found.OrderBy(f => f.Key))
        {
            var labels = sentences[i].Labels;
            if (!labels.Contains(StanceLabel.Deny) && !labels.Contains(StanceLabel.Deflect))
            {
                results.Add(result);
                continue;
            }

            var link = found
                .Where(f => f.Key != i && sentences[f.Key].Labels.Contains(StanceLabel.Accuse))
                .Select(f => (f.Key, Score: ResponseLinker.Score(article, i, f.Key, result, f.Value.Result)))
                .OrderByDescending(f => f.Score).ThenBy(f => Math.Abs(f.Key - i))
                .FirstOrDefault(f => f.Score >= _options.MinimumLinkScore);
            var answered = link.Score >= _options.MinimumLinkScore && link.Key != i && found.TryGetValue(link.Key, out var hit) ? hit.Result : null;
            var target = result.Target;
            if (labels.Contains(StanceLabel.Deny) && !labels.Contains(StanceLabel.Accuse) && target is null && answered is not null && answered.Speaker.Actor.Key != result.Speaker.Actor.Key)
            {
                target = answered.Speaker;
            }

            results.Add(result with { Target = target, RespondsTo = answered?.SentenceId });
        }

        return results;
    }
}
