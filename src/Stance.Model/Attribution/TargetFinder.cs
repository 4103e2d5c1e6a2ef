namespace Stance.Model.Attribution;

/// <summary>
/// Finds against whom a move points: the object of an accusing verb ("accused X of"), the agent
/// of an attack ("carried out by X", "X bombed"), the owner of a denied claim ("X's claims"), or
/// failing those the most actor-like phrase of the sentence that is not the speaker.
/// </summary>
internal static class TargetFinder
{
    private static readonly HashSet<string> Violence =
    [
        "bombed", "bombs", "bomb", "bombing", "attacked", "attacks", "attack", "killed", "kills", "kill", "struck", "strikes", "hit",
        "hits", "shelled", "shelling", "targeted", "targets", "target", "targeting", "dropped", "drop", "used", "uses", "use",
        "using", "launched", "launch", "fired", "carried", "committed", "commit", "destroyed", "besieged", "executed", "murdered",
        "shot", "arrested", "tortured", "raided", "seized", "violated", "violate", "deployed", "supplied", "supported", "backed",
        "armed", "funded", "sponsored", "stole", "hacked", "massacred", "slaughtered", "poisoned", "gassed", "starved", "blocked",
        "pounded", "hammered", "intensified", "continued", "waged", "staged", "orchestrated", "fabricated", "faked", "lied",
        "planned", "ordered", "failed", "refused", "allowed", "helped", "caused", "conducted", "unleashed", "abducted", "kidnapped",
        "detained", "displaced", "looted", "burned", "invaded", "occupied", "violates", "kills", "responsible",
        "strike", "raid", "raids", "airstrike", "airstrikes", "bombardment", "offensive", "assault", "shells", "shelled",
    ];

    // Those who suffer a move's violence, seldom whom it targets ("Scores of people died ...").
    private static readonly HashSet<string> Victims = ["people", "civilians", "children", "residents", "families", "victims", "survivors", "patients", "women", "men", "girls", "boys"];

    private static readonly HashSet<string> ClaimNouns = ["claims", "claim", "accusations", "accusation", "allegations", "allegation", "reports", "report", "statements", "statement", "assertions", "charges", "version", "lies", "propaganda"];
    private static readonly HashSet<string> AgentPrepositions = ["by", "on", "against", "at"];

    /// <summary>The target of an accusation-like move (accuse, deflect, cite-evidence) in sentence <paramref name="index"/>.</summary>
    public static ActorMention? Blamed(ArticleContext article, int index, ActorMention speaker, int cueWord, bool allowFallback)
    {
        var tokens = article.Tokens[index];
        var candidates = new List<(ActorMention Mention, double Score)>();
        var speakerKey = speaker.Actor.Key;
        foreach (var (phrase, actor) in article.Phrases[index])
        {
            if (actor.Key == speakerKey || actor.IsReporter || (speaker.Mention is { } m && m.SentenceId == article.Sentences[index].Id && tokens[phrase.First].Start >= m.Start && tokens[phrase.Last].End <= m.End))
            {
                continue;
            }

            var score = (double)phrase.Strength;
            var before = phrase.MentionFirst - 1;
            var after = phrase.Last + 1;
            if (before >= 0 && article.Lexicon.Verbs.TryGetValue(tokens[before].Key, out var cls) && cls == CueClass.Accuse)
            {
                score += 6;
            }

            if (before >= 0 && AgentPrepositions.Contains(tokens[before].Key))
            {
                score += tokens[before].Key == "by" ? 4 : 2;
            }

            if (after < tokens.Count && (Violence.Contains(tokens[after].Key) || (after + 1 < tokens.Count && Violence.Contains(tokens[after + 1].Key) && Skippable(tokens[after].Key))))
            {
                score += 1.5;
            }

            if (after < tokens.Count && tokens[after].Key is "of" or "for" && before >= 0 && article.Lexicon.Verbs.ContainsKey(tokens[before].Key))
            {
                score += 2;
            }

            if (cueWord >= 0 && phrase.First > cueWord)
            {
                // The subject of the reported clause: "said (that) the regime ...".
                score += phrase.MentionFirst == cueWord + 1 || (phrase.MentionFirst == cueWord + 2 && tokens[cueWord + 1].Key == "that") ? 1.5 : 1;
            }

            if (speaker.Actor.IsReporter && phrase.MentionFirst <= 1)
            {
                // In the outlet's own voice the accused is usually the subject: "The website pulled a prank".
                score += 3;
            }

            if (actor.Type is ActorType.Media or ActorType.Other)
            {
                // Victims ("civilians", "people") and places are what moves are about, not whom they target.
                score -= actor.Type == ActorType.Other ? 1.5 : 1;
            }

            if (before >= 0 && tokens[before].Key is "in" or "near" or "of" or "across" or "around" or "outside" or "to" or "into" && actor.Type != ActorType.Armed)
            {
                score -= 1.5;
            }

            if (after + 1 < tokens.Count && tokens[after].Key is "were" or "was" or "had" or "have" && tokens[after + 1].Key is "killed" or "wounded" or "injured" or "died" or "been")
            {
                score -= 3;
            }

            if (before >= 0 && tokens[before].Key is "told" or "tells" or "telling" or "tell")
            {
                // "told the Galveston Daily News": the listener, not the target.
                score -= 3;
            }

            if (Victims.Contains(tokens[phrase.Last].Key))
            {
                score -= 3;
            }

            if (phrase.Strength == 1 && !allowFallback)
            {
                continue;
            }

            candidates.Add((article.MentionOf(phrase), score - (phrase.First * 0.01)));
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var best = candidates.MaxBy(c => c.Score);
        return best.Score >= (allowFallback ? 1.0 : 5.0) ? best.Mention : null;
    }

    /// <summary>The owner of a denied claim named in the sentence ("rejected Washington's claims", "accusations by X"), or null.</summary>
    public static ActorMention? ClaimOwner(ArticleContext article, int index, ActorMention speaker)
    {
        var tokens = article.Tokens[index];
        foreach (var (phrase, actor) in article.Phrases[index])
        {
            if (actor.Key == speaker.Actor.Key)
            {
                continue;
            }

            var after = phrase.Last + 1;
            var before = phrase.MentionFirst - 1;
            var owner = (after < tokens.Count && ClaimNouns.Contains(tokens[after].Key))
                || (before >= 1 && tokens[before].Key is "by" or "from" && ClaimNouns.Contains(tokens[before - 1].Key))
                || (before >= 0 && article.Lexicon.Verbs.TryGetValue(tokens[before].Key, out var cls) && cls is CueClass.Deny or CueClass.Accuse);
            if (owner)
            {
                return article.MentionOf(phrase);
            }
        }

        return null;
    }

    private static bool Skippable(string key) => key is "had" or "has" or "have" or "was" or "were" or "also" or "deliberately" or "repeatedly" or "had been" or "is";
}
