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
    private static readonly HashSet<string> ClaimWords = ["claims", "claimed", "alleged", "allegedly", "alleges", "reportedly", "purportedly", "rumoured", "rumored"];
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
            // The target of the first move in the guide's order: accuse, deny, deflect, cite-evidence.
            ActorMention? target;
            if (labels.Contains(StanceLabel.Accuse))
            {
                target = TargetFinder.Blamed(article, i, speaker, cue, allowFallback: true);
            }
            else if (labels.Contains(StanceLabel.Deny))
            {
                target = TargetFinder.ClaimOwner(article, i, speaker);
            }
            else if (labels.Contains(StanceLabel.Deflect))
            {
                target = TargetFinder.Blamed(article, i, speaker, cue, allowFallback: true);
            }
            else
            {
                target = TargetFinder.Blamed(article, i, speaker, cue, allowFallback: false);
            }

            found[i] = (new SentenceAttribution(sentences[i].Id, speaker, target, null), cue);
        }


        ContextTargets(sentences, found);
        var results = new List<SentenceAttribution>(found.Count);
        foreach (var (i, (result, cue)) in found.OrderBy(f => f.Key))
        {
            var labels = sentences[i].Labels;
            if (!labels.Contains(StanceLabel.Deny) && !labels.Contains(StanceLabel.Deflect))
            {
                results.Add(result);
                continue;
            }

            var candidates = found
                .Where(f => f.Key != i && sentences[f.Key].Labels.Contains(StanceLabel.Accuse)
                    && (result.Speaker.Actor.IsReporter || f.Value.Result.Speaker.Actor.Key != result.Speaker.Actor.Key)) // nobody answers their own accusation
                .Select(f => (Index: f.Key, Score: ResponseLinker.Score(article, i, f.Key, result, f.Value.Result, _options)))
                .OrderByDescending(f => f.Score).ThenBy(f => Math.Abs(f.Index - i))
                .ToList();
            SentenceAttribution? answered = candidates.Count > 0 && candidates[0].Score >= _options.MinimumLinkScore ? found[candidates[0].Index].Result : null;
            if (answered is null || answered.SentenceId > sentences[i].Id)
            {
                // No accusation before it: the denial answers the claim a named source made earlier,
                // often a sentence without moves ("Bloomberg reported ...", "... according to a new report").
                answered = ReportedClaim(article, found, i, result, -1) ?? answered ?? ReportedClaim(article, found, i, result, +1);
            }
            var target = result.Target;
            if (labels.Contains(StanceLabel.Deny) && !labels.Contains(StanceLabel.Accuse) && target is null)
            {
                // Whose claim is denied: the source of the accusation answered, else of the last one before.
                // When the outlet itself made the accusation ("the site spreads hoaxes"), the claim denied is the accused's.
                var accuser = answered ?? found.Where(f => f.Key < i && sentences[f.Key].Labels.Contains(StanceLabel.Accuse)).OrderByDescending(f => f.Key).Select(f => f.Value.Result).FirstOrDefault();
                var denier = result.Speaker.Actor.Key;
                if (accuser is not null)
                {
                    target = !accuser.Speaker.Actor.IsReporter && accuser.Speaker.Actor.Key != denier ? accuser.Speaker
                        : accuser.Target is { } accused && accused.Actor.Key != denier ? accused : null;
                }
            }

            results.Add(result with { Target = target, RespondsTo = answered?.SentenceId });
        }

        return DenialTargetsFromNeighbours(sentences, results);
    }

    // A denial with no claim owner found ("This is false.") denies the same claim as the denials
    // around it: the nearest one before (else after) that names whose claim it is. Annotators gave
    // nearly every denial a target (67 of 74 on the tuning split).
    private static List<SentenceAttribution> DenialTargetsFromNeighbours(IReadOnlyList<AttributionSentence> sentences, List<SentenceAttribution> results)
    {
        var labels = sentences.ToDictionary(s => s.Id, s => s.Labels);
        bool IsDenial(SentenceAttribution r) => labels[r.SentenceId].Contains(StanceLabel.Deny) && !labels[r.SentenceId].Contains(StanceLabel.Accuse);
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Target is not null || !IsDenial(results[i]))
            {
                continue;
            }

            var speaker = results[i].Speaker.Actor.Key;
            var neighbour = Enumerable.Range(0, i).Reverse().Concat(Enumerable.Range(i + 1, results.Count - i - 1))
                .Select(k => results[k])
                .FirstOrDefault(r => IsDenial(r) && r.Target is { } t && t.Actor.Key != speaker);
            if (neighbour is not null)
            {
                results[i] = results[i] with { Target = neighbour.Target };
            }
        }

        return results;
    }

    // The nearest sentence without moves before (step -1) or after (+1) the denial in which a source
    // other than the denier reports something, or that tells of a claim ("claims", "allegedly").
    private static SentenceAttribution? ReportedClaim(ArticleContext article, Dictionary<int, (SentenceAttribution Result, int Cue)> found, int deny, SentenceAttribution denial, int step)
    {
        for (var k = deny + step; k >= 0 && k < article.Sentences.Count; k += step)
        {
            if (found.ContainsKey(k) || !article.Sentences[k].Labels.IsNone)
            {
                continue;
            }

            if (SpeakerFinder.InSentence(article, k) is { } source && !source.Speaker.Actor.IsReporter && source.Speaker.Actor.Key != denial.Speaker.Actor.Key)
            {
                return new SentenceAttribution(article.Sentences[k].Id, source.Speaker, null, null);
            }

            // "The story on the website claims that ...", "Axl Rose was allegedly found dead": a claim whose maker is not named.
            if (article.Tokens[k].Exists(t => ClaimWords.Contains(t.Key)))
            {
                return new SentenceAttribution(article.Sentences[k].Id, new ActorMention(Actor.Reporter, null), null, null);
            }
        }

        return null;
    }

    // A sentence that accuses or cites evidence without naming whom is about the accused of the
    // accusation before it (or, at the top of an article, after it).
    private static void ContextTargets(IReadOnlyList<AttributionSentence> sentences, Dictionary<int, (SentenceAttribution Result, int Cue)> found)
    {
        var order = found.Keys.Order().ToList();
        foreach (var i in order)
        {
            var (result, cue) = found[i];
            var labels = sentences[i].Labels;
            // Evidence alone is mostly about no one in particular: annotators leave its target empty.
            if (result.Target is not null || (labels.Contains(StanceLabel.Deny) && !labels.Contains(StanceLabel.Accuse))
                || (!labels.Contains(StanceLabel.Accuse) && !labels.Contains(StanceLabel.Deflect)))
            {
                continue;
            }

            var source = order.Where(k => k < i).Reverse().Concat(order.Where(k => k > i))
                .Select(k => found[k].Result)
                .FirstOrDefault(r => r.Target is not null && sentences.First(s => s.Id == r.SentenceId).Labels.Contains(StanceLabel.Accuse) && r.Target.Actor.Key != result.Speaker.Actor.Key);
            if (source is not null)
            {
                found[i] = (result with { Target = source.Target }, cue);
            }
        }
    }
}
