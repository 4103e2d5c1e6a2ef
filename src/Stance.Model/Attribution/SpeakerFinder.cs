namespace Stance.Model.Attribution;

/// <summary>
/// Finds who makes a sentence's move: the source of a reporting verb ("X said", "said X",
/// "according to X", "X denied"), a pronoun resolved to the last actor that fits, the source of a
/// short attribution sentence next to a quote ("X said."), or the outlet's own voice.
/// </summary>
internal static partial class SpeakerFinder
{
    // Words that may stand between a source and its verb: "Russia has also said", "X on Sunday said".
    private static readonly HashSet<string> Skippable =
    [
        "has", "have", "had", "also", "was", "were", "is", "are", "would", "will", "could", "did", "does", "do", "not", "previously",
        "repeatedly", "earlier", "later", "again", "reportedly", "allegedly", "further", "flatly", "categorically", "strongly",
        "firmly", "vehemently", "deeply", "sharply", "highly", "fiercely", "bitterly", "harshly", "very", "quickly", "immediately", "always", "never", "then", "however", "meanwhile", "already", "publicly",
        "openly", "officially", "explicitly", "angrily", "has previously", "himself", "herself", "itself", "themselves", "too", "now",
        "recently", "subsequently", "swiftly", "once", "often", "since", "yet", "still", "today", "yesterday", "tonight",
        "on", "this", "last", "late", "morning", "afternoon", "evening", "night", "week", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "separately",
    ];

    private static readonly HashSet<string> Pronouns = ["he", "she", "it", "they", "we"];
    private static readonly HashSet<string> Relatives = ["who", "which", "that"];

    // Words that may follow an inverted source: "... said the ministry on Sunday", "said X in a statement".
    private static readonly HashSet<string> AfterInverted =
    [
        "on", "in", "at", "to", "during", "after", "who", "adding", "told", "according", "citing", "quoted", "when", "while", "late",
        "earlier", "last", "this", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "via", "spokesman", "spokeswoman", "a", "an", "late", "yesterday", "last", "from",
    ];

    // Verbs after which the source may follow ("... said the ministry"); "urged X" or "told X" name the listener.
    private static readonly HashSet<string> Invertible =
    [
        "said", "says", "added", "adds", "stated", "noted", "explained", "insisted", "claimed", "wrote", "reported", "warned", "confirmed",
        "asserted", "argued", "declared", "announced", "stressed", "tweeted", "continued", "concluded", "alleged", "maintained", "pledged",
    ];

    /// <summary>The speaker of sentence <paramref name="index"/> and whether a reporting word was found in it.</summary>
    public static (ActorMention Speaker, int CueWord) Find(ArticleContext article, int index, AttributionOptions options)
    {
        if (InSentence(article, index) is { } found)
        {
            return found;
        }

        if (HeadlineSource(article, index) is { } headline)
        {
            return (headline, -1);
        }

        if (index + 1 < article.Sentences.Count && StatedBy(article, index + 1) is { } statedBy)
        {
            return (statedBy, -1);
        }

        // A quote whose source is named in a short attribution sentence next to it.
        for (var k = 1; k <= options.QuoteLookAhead; k++)
        {
            if (index + k < article.Sentences.Count && IsAttributionOnly(article, index + k) && InSentence(article, index + k) is { } next)
            {
                return (next.Speaker, -1);
            }
        }

        if (index > 0 && IsAttributionOnly(article, index - 1) && EndsWithVerb(article, index - 1) && InSentence(article, index - 1) is { } before)
        {
            return (before.Speaker, -1);
        }

        // A quote opened here and closed in a later sentence belongs to that sentence's source.
        if (QuoteMarks(article, index) % 2 == 1 && OpensWithQuote(article, index))
        {
            for (var k = index + 1; k < article.Sentences.Count && k <= index + 3; k++)
            {
                if (QuoteMarks(article, k) > 0)
                {
                    if (InSentence(article, k) is { } closing)
                    {
                        return (closing.Speaker, -1);
                    }

                    break;
                }
            }
        }

        // The same with single quotation marks ("'Who says children here are unhappy?" ... "rules,' she said.").
        if (OpensWithSingle(article, index) && !ClosesSingle(article, index))
        {
            for (var k = index + 1; k < article.Sentences.Count && k <= index + 3; k++)
            {
                if (ClosesSingle(article, k))
                {
                    if (InSentence(article, k) is { } closing)
                    {
                        return (closing.Speaker, -1);
                    }

                    break;
                }
            }
        }

        if (index > 0 && OpensWithQuote(article, index) && InSentence(article, index - 1) is { } quoted && HasQuote(article, index - 1))
        {
            return (quoted.Speaker, -1);
        }

        if (InsideQuote(article, index) is { } opener)
        {
            return (opener, -1);
        }

        // A sentence that goes on in a source's voice ("I dont think ...", "We are ...", a question)
        // continues the quote of the sentence before.
        if (index > 0 && ContinuesQuote(article, index) && Previous(article, index, options) is { } previous)
        {
            return (previous, -1);
        }

        return (new ActorMention(Actor.Reporter, null), -1);
    }

    // "This was stated by the official representative ... Maria Zakharova": a sentence that hands the
    // one before it to its source.
    private static ActorMention? StatedBy(ArticleContext article, int index)
    {
        var tokens = article.Tokens[index];
        if (tokens.Count < 5 || tokens[0].Key is not ("this" or "that" or "these" or "those") || tokens[1].Key is not ("was" or "were" or "is" or "has"))
        {
            return null;
        }

        var verb = tokens[2].Key == "been" ? 3 : 2;
        return verb + 2 < tokens.Count && Array.IndexOf(StatedVerbs, tokens[verb].Key) >= 0 && tokens[verb + 1].Key == "by"
            && article.Finder.StartingAt(tokens, index, verb + 2) is { } agent
                ? article.MentionOf(agent)
                : null;
    }

    private static readonly string[] StatedVerbs = ["stated", "said", "reported", "announced", "declared", "told", "confirmed", "noted", "written", "claimed", "alleged"];

    /// <summary>The source named in sentence <paramref name="index"/> itself, or null.</summary>
    public static (ActorMention Speaker, int CueWord)? InSentence(ArticleContext article, int index)
    {
        // Asked again and again (the sentences around every move, every earlier claim of every denial): read once.
        if (!article.Sources.TryGetValue(index, out var source))
        {
            source = SourceIn(article, index);
            article.Sources[index] = source;
        }

        return source;
    }

    private static (ActorMention Speaker, int CueWord)? SourceIn(ArticleContext article, int index)
    {
        var tokens = article.Tokens[index];
        if (ColonSource(article, index) is { } colon)
        {
            return (colon, -1);
        }

        var cues = Cues(article, tokens, article.Sentences[index].Text);
        if (cues.Count == 0)
        {
            return null;
        }

        // "were reported by the civil defence rescuers": the agent of a passive reporting verb.
        // "claims made by Iraqi newspaper Al-Sabah": the same for a claim and its maker.
        // (Not when an earlier reporting verb has its own source: "The Coalition denounced the claims made by ...".)
        foreach (var (word, cls) in cues)
        {
            var made = word + 1 < tokens.Count && tokens[word + 1].Key is "made" or "published" or "issued" or "released" or "spread";
            var by = made ? word + 2 : word + 1;
            if (cls != CueClass.After && by + 1 < tokens.Count && tokens[by].Key == "by" && article.Finder.StartingAt(tokens, index, by + 1) is { } agent
                && (!made || !cues.Any(c => c.Word < word && Source(article, index, c.Word, c.Class) is not null)))
            {
                return (article.MentionOf(agent), word);
            }
        }

        // A source named at the very end governs the whole sentence ("... was fabricated the ministry said").
        foreach (var (word, cls) in cues.AsEnumerable().Reverse())
        {
            if (cls == CueClass.Say && TrailingOnly(tokens, word) && Source(article, index, word, cls) is { } last)
            {
                // "Britain said ... Reuters reported": the agency relays, the source named first speaks.
                if (last.Actor.Type == ActorType.Media && cues.Where(c => c.Word < word).Select(c => Source(article, index, c.Word, c.Class)).FirstOrDefault(s => s is not null && s.Actor.Type != ActorType.Media) is { } relayed)
                {
                    return (relayed, word);
                }

                return (last, word);
            }
        }

        foreach (var (word, cls) in cues)
        {
            if (Source(article, index, word, cls) is { } speaker)
            {
                return (speaker, word);
            }
        }

        return null;
    }

    private static List<(int Word, CueClass Class)> Cues(ArticleContext article, List<WordToken> tokens, string text)
    {
        var cues = new List<(int, CueClass)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && tokens[i].IsCapitalised && tokens[i - 1].IsCapitalised && InQuotes(text, tokens[i].Start))
            {
                // A title quoted in Title Case ("Nasa Confirms Earth Will ...") reports nothing.
                continue;
            }

            var phrase = article.Lexicon.AfterPhrasesByFirstWord.TryGetValue(tokens[i].Key, out var starting) ? Array.Find(starting, p => StartsAt(tokens, i, p)) : null;
            if (phrase is not null)
            {
                cues.Add((i + phrase.Length - 1, CueClass.After));
            }
            else if (article.Lexicon.Verbs.TryGetValue(tokens[i].Key, out var cls) && !Naming(tokens, i))
            {
                cues.Add((i, cls));
            }
            else if (article.Lexicon.VerbPhrasesByFirstWord.TryGetValue(tokens[i].Key, out var verbPhrases)
                && Array.FindIndex(verbPhrases, p => StartsAt(tokens, i, p.Words)) is >= 0 and var found)
            {
                cues.Add((i, verbPhrases[found].Class));
            }
        }

        return cues;
    }

    // True when an odd number of double quotation marks stands before the offset.
    private static bool InQuotes(string text, int offset)
    {
        var marks = 0;
        for (var i = 0; i < offset; i++)
        {
            marks += text[i] is '"' or '\u201c' or '\u201d' ? 1 : 0;
        }

        return marks % 2 == 1;
    }

    // "a website called Hip Hop Hangover": "called" names, it does not report.
    private static bool Naming(List<WordToken> tokens, int word) =>
        tokens[word].Key is "called" or "named" or "titled" or "dubbed" && word >= 2 && word + 1 < tokens.Count && tokens[word + 1].IsCapitalised
        && !tokens[word - 1].IsCapitalised && tokens[word - 2].Key is "a" or "an";

    private static bool StartsAt(List<WordToken> tokens, int index, string[] phrase)
    {
        if (index + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (tokens[index + k].Key != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    private static ActorMention? Source(ArticleContext article, int index, int word, CueClass cls)
    {
        var tokens = article.Tokens[index];
        if (cls == CueClass.After)
        {
            return article.Finder.StartingAt(tokens, index, word + 1) is { } after ? article.MentionOf(after) : null;
        }

        var k = word - 1;
        while (k >= 0 && Skippable.Contains(tokens[k].Key) && word - k <= 4)
        {
            k--;
        }

        if (k >= 0 && Pronouns.Contains(tokens[k].Key))
        {
            var earlier = Enumerable.Range(Math.Max(0, index - 2), Math.Min(index, 2)).Reverse()
                .Select(j => InSentence(article, j)).FirstOrDefault(f => f is { } s && !s.Speaker.Actor.IsReporter && article.Resolver.Fits(tokens[k].Key, s.Speaker.Actor));
            return article.PronounAt(index, k, earlier?.Speaker.Actor);
        }

        if (k >= 1 && Relatives.Contains(tokens[k].Key) && article.Finder.EndingAt(tokens, index, k - 1) is { } antecedent)
        {
            return article.MentionOf(antecedent);
        }

        var before = k >= 0 ? article.Finder.EndingAt(tokens, index, k) : null;
        if (before is not null && before.Strength == 1 && article.MentionOf(before).Actor.Type == ActorType.Other && before.MentionFirst > 0
            && tokens[before.MentionFirst - 1].Key is "in" or "near" or "at" or "on" or "from" or "of" or "to" or "across" or "over" or "around")
        {
            // "near Manbij claimed 100 lives": a place after a preposition does not speak.
            before = null;
        }

        // "a security source in Damascus said": the source is the description before the place.
        if (before is not null && before.MentionFirst >= 2 && tokens[before.MentionFirst - 1].Key is "in" or "from" or "at" or "of" or "with"
            && article.Finder.EndingAt(tokens, index, before.MentionFirst - 2) is { Strength: >= 2 } described)
        {
            before = described;
        }

        // "US Central Command which oversees operations in the Middle East said": the subject before
        // the relative clause speaks, not the last name inside it.
        // (Not when the words before the verb are a role: "The NGOs which failed to provide any proof ...
        // ignore the problem the commissioner stressed" ends with its speaker.)
        if (before is not null && cls != CueClass.After && !article.Finder.IsRole(tokens[before.Last])
            && SubjectBeforeRelative(article, tokens, index, before.First) is { } subject)
        {
            before = subject;
        }

        var invertible = cls == CueClass.Say && Invertible.Contains(tokens[word].Key);
        if (before is not null && (!invertible || !InvertedAfter(article, tokens, index, word, out var following)
            || (before.Strength >= 2 && before.MentionFirst <= 1 && following!.Last < tokens.Count - 1)))
        {
            // "The state news agency said several government troops who ...": a subject that opens the
            // sentence speaks; the words after the verb start the claim unless they end the sentence.
            return article.MentionOf(before);
        }

        if (invertible && InvertedAfter(article, tokens, index, word, out var inverted))
        {
            return article.MentionOf(inverted!);
        }

        if (before is null && RelativeClauseSource(article, tokens, index, word) is { } relative)
        {
            return article.MentionOf(Appositive(article, tokens, index, relative) ?? relative);
        }

        // "Doctor Ibrahim al-Assad a neurologist in Saraqib said": the sentence's subject, when the
        // words just before the verb name no one.
        if (before is null && cls != CueClass.After && article.Phrases[index].Count > 0 && article.Phrases[index][0] is var first && first.Phrase.MentionFirst <= 1 && first.Phrase.Last < word
            && (first.Phrase.Strength >= 2 || first.Actor.Type == ActorType.Person))
        {
            return article.MentionOf(first.Phrase);
        }

        return before is null ? null : article.MentionOf(before);
    }

    // "said the Observatory" / "said Mr X on Sunday": a source right after the verb that ends the
    // clause; not "said the rebels had used ...", where the words after the verb start the claim.
    private static bool InvertedAfter(ArticleContext article, List<WordToken> tokens, int index, int word, out Phrase? phrase)
    {
        // 'said: "Bearing in mind ...': words after a colon or an opening quote are the quote, not its source.
        if (word + 1 < tokens.Count && tokens[word + 1].BreakBefore)
        {
            phrase = null;
            return false;
        }

        // The source may come a few words after the verb: "says a recent report from Gawker".
        for (var start = word + 1; start < tokens.Count && start <= word + 5; start++)
        {
            phrase = article.Finder.StartingAt(tokens, index, start);
            if (phrase is null)
            {
                if (tokens[start].Key is not ("a" or "an" or "the" or "one" or "recent" or "new" or "report" or "statement" or "study" or "from" or "by" or "of" or "senior" or "local"))
                {
                    break;
                }

                continue;
            }

            var next = phrase.Last + 1;
            if (next >= tokens.Count || tokens[next].BreakBefore || AfterInverted.Contains(tokens[next].Key))
            {
                return true;
            }

            break;
        }

        phrase = null;
        return false;
    }

    private static Phrase? SubjectBeforeRelative(ArticleContext article, List<WordToken> tokens, int index, int inner)
    {
        if (article.Phrases[index].Count == 0)
        {
            return null;
        }

        var (subject, actor) = article.Phrases[index][0];
        if (subject.MentionFirst > 1 || subject.Last >= inner
            || (subject.Strength < 2 && actor.Type != ActorType.Person))
        {
            return null;
        }

        for (var k = subject.Last + 1; k < inner; k++)
        {
            if (tokens[k].Key is "who" or "which")
            {
                return subject;
            }
        }

        return null;
    }

    // "Ellen, a regular at The Loft, who ... said": the name the description stands beside speaks.
    private static Phrase? Appositive(ArticleContext article, List<WordToken> tokens, int index, Phrase relative)
    {
        if (article.Phrases[index].Count == 0)
        {
            return null;
        }

        var (subject, actor) = article.Phrases[index][0];
        return subject.MentionFirst <= 1 && subject.Last + 1 < relative.First && tokens[subject.Last + 1].Key is "a" or "an" or "the"
            && (subject.Strength >= 2 || actor.Type == ActorType.Person || subject.Last == subject.First)
            ? subject
            : null;
    }

    // "Ummi Abdullah - who had lived in Turkey - said ...": the source stands before the relative clause.
    private static Phrase? RelativeClauseSource(ArticleContext article, List<WordToken> tokens, int index, int word)
    {
        for (var k = word - 1; k >= 1 && k >= word - 25; k--)
        {
            if (tokens[k].Key is "who" or "which" && article.Finder.EndingAt(tokens, index, k - 1) is { } antecedent && (tokens[k].BreakBefore || antecedent.Strength >= 2))
            {
                return antecedent;
            }
        }

        return null;
    }

    private static bool TrailingOnly(List<WordToken> tokens, int word) => tokens.Count - word <= 8 && word >= tokens.Count / 2;
}
