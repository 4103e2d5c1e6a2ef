namespace Stance.Training.Attribution;

/// <summary>
/// Compares answers with gold answers sentence by sentence: speaker and target accuracy, exact and
/// partial (<see cref="NameMatch"/>), and precision and recall of respondsTo links. The same scorer
/// measures the attributor against gold and one annotator against another.
/// </summary>
public static class AttributionScorer
{
    /// <summary>Scores <paramref name="pairs"/>; <c>IsLinkSentence</c> marks denials and deflections.</summary>
    public static AttributionScores Score(IReadOnlyList<(AttributionAnswer Gold, AttributionAnswer Predicted, bool IsLinkSentence)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        int n = pairs.Count, speakerExact = 0, speakerPartial = 0, targetExact = 0, targetPartial = 0;
        int linkSentences = 0, linksGold = 0, linksPredicted = 0, linksCorrect = 0;
        foreach (var (gold, predicted, isLink) in pairs)
        {
            speakerExact += NameMatch.Any(gold.Speakers, predicted.Speakers, partial: false) ? 1 : 0;
            speakerPartial += NameMatch.Any(gold.Speakers, predicted.Speakers, partial: true) ? 1 : 0;
            targetExact += NameMatch.Any(gold.Targets, predicted.Targets, partial: false) ? 1 : 0;
            targetPartial += NameMatch.Any(gold.Targets, predicted.Targets, partial: true) ? 1 : 0;
            if (!isLink)
            {
                continue;
            }

            linkSentences++;
            linksGold += gold.RespondsTo.Count > 0 ? 1 : 0;
            if (predicted.RespondsTo.Count > 0)
            {
                linksPredicted++;
                linksCorrect += gold.RespondsTo.Contains(predicted.RespondsTo[0]) ? 1 : 0;
            }
        }

        static double Share(int k, int total) => total == 0 ? 0 : k / (double)total;
        return new AttributionScores(n, Share(speakerExact, n), Share(speakerPartial, n), Share(targetExact, n), Share(targetPartial, n), linkSentences, linksGold, linksPredicted, linksCorrect);
    }
}
