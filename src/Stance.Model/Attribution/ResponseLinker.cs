namespace Stance.Model.Attribution;

/// <summary>
/// Links a denial or deflection to the accusation it answers in the same article: the accusation
/// whose target is the denier scores highest, then shared content words, then nearness.
/// </summary>
internal static class ResponseLinker
{
    private static readonly HashSet<string> Stop =
    [
        "that", "this", "with", "from", "have", "were", "been", "said", "says", "their", "there", "which", "would", "about", "after",
        "also", "they", "what", "when", "will", "into", "more", "than", "them", "other", "such", "some", "over", "being", "those",
        "these", "while", "where", "could", "should", "against", "because", "before", "during", "added", "told", "denied",
        "accused", "claims", "claimed", "according", "statement", "syria", "syrian",
    ];

    /// <summary>Scores the link from denial <paramref name="deny"/> to accusation <paramref name="accusation"/>.</summary>
    public static double Score(ArticleContext article, int deny, int accusation, SentenceAttribution denial, SentenceAttribution accused, AttributionOptions options)
    {
        var score = 0.0;
        var denier = denial.Speaker.Actor;
        if (!denier.IsReporter && accused.Target?.Actor.Key == denier.Key)
        {
            score += options.LinkTargetWeight;
        }

        if (!denier.IsReporter && accused.Speaker.Actor.Key == denier.Key)
        {
            score -= options.LinkTargetWeight;
        }

        // A sentence that itself denies is seldom the accusation answered (measured on the tuning split).
        if (!article.Sentences[accusation].Labels.Contains(Labels.StanceLabel.Deny))
        {
            score += options.LinkPureAccusationWeight;
        }

        if (options.LinkOverlapWeight != 0)
        {
            score += options.LinkOverlapWeight * Overlap(Content(article, deny), Content(article, accusation));
        }

        score += accusation < deny ? options.LinkBeforeWeight : 0.0;
        score += article.FirstAccusation == accusation ? options.LinkFirstWeight : 0.0;
        score -= options.LinkDistanceWeight * Math.Min(10, Math.Abs(deny - accusation));
        return score;
    }

    private static HashSet<string> Content(ArticleContext article, int index) =>
        article.Tokens[index].Select(t => t.Key).Where(k => k.Length >= 4 && !Stop.Contains(k)).Select(Stem).ToHashSet(StringComparer.Ordinal);

    private static string Stem(string word) => word.Length > 5 ? word[..5] : word;

    private static double Overlap(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : a.Count(b.Contains) / (double)Math.Min(a.Count, b.Count);
}
