namespace Stance.Model.Attribution;

/// <summary>
/// Turns phrases of one article into actors: known aliases first ("Moscow" is Russia), then a
/// role followed by a name ("spokesman Igor Konashenkov" is the person), then a short reference
/// to an actor named earlier ("the ministry", "Barazi"), else a new actor named as written.
/// Remembers every actor in reading order so that pronouns resolve to the last one that fits.
/// </summary>
internal sealed class ActorResolver(AttributionLexicon lexicon, PhraseFinder finder)
{
    private static readonly HashSet<string> Determiners = ["the", "a", "an", "its", "his", "her", "their"];
    // Actors of the phrases read in order, and (apart, kept in text order) of phrases the rules
    // resolved on demand, so that resolving on demand never changes what a later sentence resolves to.
    private readonly List<(int Sentence, int Word, Actor Actor)> _timeline = [];
    private readonly List<(int Sentence, int Word, Actor Actor)> _later = [];

    // The word keys of each canonical name and whether it reads as female, computed once per
    // article: resolving re-reads every earlier actor, which made this quadratic in allocations.
    private readonly Dictionary<string, HashSet<string>> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _female = new(StringComparer.Ordinal);

    /// <summary>The actor of the next phrase in reading order; remembered for later references.</summary>
    public Actor ResolveInOrder(Phrase phrase, IReadOnlyList<WordToken> tokens, string text)
    {
        var actor = Classify(phrase, tokens, text, onDemand: false);
        _timeline.Add((phrase.SentenceIndex, phrase.First, actor));
        return actor;
    }

    /// <summary>The actor of a phrase the rules found apart from the reading (another span); remembered for pronouns.</summary>
    public Actor Resolve(Phrase phrase, IReadOnlyList<WordToken> tokens, string text)
    {
        var actor = Classify(phrase, tokens, text, onDemand: true);
        var at = _later.Count;
        while (at > 0 && Compare(_later[at - 1], phrase.SentenceIndex, phrase.First) > 0)
        {
            at--;
        }

        if (at == 0 || Compare(_later[at - 1], phrase.SentenceIndex, phrase.First) != 0 || _later[at - 1].Actor != actor)
        {
            _later.Insert(at, (phrase.SentenceIndex, phrase.First, actor));
        }

        return actor;
    }

    private static int Compare((int Sentence, int Word, Actor Actor) entry, int sentence, int word) =>
        entry.Sentence != sentence ? entry.Sentence.CompareTo(sentence) : entry.Word.CompareTo(word);

    // The actors named before a position, nearest first: while reading, every actor read so far; on
    // demand, those read and those resolved on demand, merged in text order (on demand first at a tie).
    private IEnumerable<Actor> Before(int sentence, int word, bool onDemand)
    {
        var i = _timeline.Count - 1;
        var j = _later.Count - 1;
        if (onDemand)
        {
            while (i >= 0 && Compare(_timeline[i], sentence, word) >= 0)
            {
                i--;
            }

            while (j >= 0 && Compare(_later[j], sentence, word) >= 0)
            {
                j--;
            }
        }
        else
        {
            j = -1;
        }

        while (i >= 0 || j >= 0)
        {
            if (j >= 0 && (i < 0 || Compare(_later[j], _timeline[i].Sentence, _timeline[i].Word) >= 0))
            {
                yield return _later[j--].Actor;
            }
            else
            {
                yield return _timeline[i--].Actor;
            }
        }
    }

    /// <summary>The last actor before the given position that a pronoun of <paramref name="key"/> can stand for.</summary>
    public Actor? Pronoun(string key, int sentence, int word) => Before(sentence, word, onDemand: true).FirstOrDefault(a => Fits(key, a));

    /// <summary>True when a pronoun of <paramref name="key"/> can stand for <paramref name="actor"/>.</summary>
    public bool Fits(string key, Actor actor) => key switch
    {
        "she" or "her" => actor.Type == ActorType.Person && IsFemale(actor),
        "he" or "his" or "him" => actor.Type == ActorType.Person && !IsFemale(actor),
        "it" or "its" => actor.Type is not ActorType.Person and not ActorType.Other,
        _ => actor.Type is not ActorType.Person,
    };

    private static readonly Lazy<HashSet<string>> FemaleNames = new(() => EmbeddedResources.ReadWordSet("Attribution/female-names.txt"));

    private bool IsFemale(Actor person)
    {
        if (!_female.TryGetValue(person.Canonical, out var female))
        {
            var words = WordToken.Read(person.Canonical);
            female = words.Count > 0 && (FemaleNames.Value.Contains(words[0].Key) || words[0].Key.EndsWith('a') || words[^1].Key.EndsWith("ova", StringComparison.Ordinal) || words.Any(w => FemaleNames.Value.Contains(w.Key)));
            _female[person.Canonical] = female;
        }

        return female;
    }

    private HashSet<string> NamesOf(Actor actor)
    {
        if (!_names.TryGetValue(actor.Canonical, out var names))
        {
            names = WordToken.Read(actor.Canonical).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
            _names[actor.Canonical] = names;
        }

        return names;
    }

    private static List<WordToken> Span(IReadOnlyList<WordToken> tokens, int first, int last)
    {
        var words = new List<WordToken>(Math.Max(0, last - first + 1));
        for (var k = first; k <= last; k++)
        {
            words.Add(tokens[k]);
        }

        return words;
    }

    private Actor Classify(Phrase phrase, IReadOnlyList<WordToken> tokens, string text, bool onDemand)
    {
        var words = Span(tokens, phrase.First, phrase.Last);
        var before = Before(phrase.SentenceIndex, phrase.First, onDemand);
        if (PersonName(phrase, tokens, text, before) is { } person)
        {
            return person;
        }

        // The longest known alias wins; between equals a proper name beats a common noun ("ISIS
        // terrorists" is Islamic State) and the later word, usually the head, beats the earlier.
        Alias? best = null;
        var bestScore = double.MinValue;
        for (var k = phrase.First; k <= phrase.Last; k++)
        {
            if (lexicon.MatchAt(tokens, k, phrase.Last + 1) is { } alias)
            {
                var score = (alias.Words.Length * 10) + (tokens[k].IsCapitalised && alias.Actor.Type != ActorType.State ? 5 : 0) + (k * 0.1);
                if (score > bestScore)
                {
                    best = alias;
                    bestScore = score;
                }
            }
        }

        var hasRole = words.Any(finder.IsRole);
        if (best is not null && UnknownNameAfter(best, phrase, tokens, text) is { } longer)
        {
            return longer;
        }

        if (best is not null)
        {
            // "a Russian Defence Ministry spokesman": a person speaking for a known body.
            return hasRole && best.Actor.Type != ActorType.Person && !words.Any(w => w.IsCapitalised && finder.IsRole(w) && w.Key is "president")
                ? new Actor($"{best.Actor.Canonical} {words.Last(finder.IsRole).Key}", ActorType.Person)
                : best.Actor;
        }

        if (DescribedName(words, text) is { } described)
        {
            return described;
        }

        var content = words.Where(w => finder.WordType(w) != "modifier" || words.Count == 1).Select(w => w.Key).ToList();
        if (content.Count > 0 && before.FirstOrDefault(known => content.All(NamesOf(known).Contains)) is { } earlier)
        {
            return earlier;
        }

        var canonical = string.Join(' ', words.SkipWhile(w => Determiners.Contains(w.Key)).Select(w => text[w.Start..w.End]));
        return new Actor(canonical, TypeOf(words));
    }

    // "US Central Command": a known name followed by more capitalised words is another, more specific body.
    private Actor? UnknownNameAfter(Alias alias, Phrase phrase, IReadOnlyList<WordToken> tokens, string text)
    {
        for (var k = phrase.First; k <= phrase.Last; k++)
        {
            if (lexicon.MatchAt(tokens, k, phrase.Last + 1) != alias)
            {
                continue;
            }

            var end = k + alias.Words.Length;
            var extra = 0;
            while (end + extra <= phrase.Last && tokens[end + extra].IsCapitalised && finder.WordType(tokens[end + extra]) is null && lexicon.MatchAt(tokens, end + extra, phrase.Last + 1) is null)
            {
                extra++;
            }

            return extra >= 1 && end + extra - 1 == phrase.Last && !finder.IsRole(tokens[phrase.Last]) && alias.Actor.Type != ActorType.Person
                ? new Actor(text[tokens[k].Start..tokens[phrase.Last].End], alias.Actor.Type)
                : null;
        }

        return null;
    }

    // "satirical news site Huzlers.com", "Iraqi newspaper Al-Sabah": a description then a name; the name is the actor.
    private Actor? DescribedName(List<WordToken> words, string text)
    {
        var descriptor = words.FindLastIndex(w => finder.WordType(w) is { } type && type != "modifier");
        if (descriptor < 0 || descriptor == words.Count - 1 || !words.Skip(descriptor + 1).All(w => w.IsCapitalised && finder.WordType(w) is null))
        {
            return null;
        }

        return new Actor(text[words[descriptor + 1].Start..words[^1].End], ActorTypes.TryParse(finder.WordType(words[descriptor])!, out var type) ? type : ActorType.Other);
    }

    private Actor? PersonName(Phrase phrase, IReadOnlyList<WordToken> tokens, string text, IEnumerable<Actor> before)
    {
        // The name is the capitalised tail after the last role word, or the whole phrase when it
        // is two or three capitalised words that are neither actor words nor a known actor.
        var lastRole = -1;
        for (var k = phrase.First; k <= phrase.Last; k++)
        {
            if (finder.IsRole(tokens[k]))
            {
                lastRole = k;
            }
        }

        var start = lastRole >= 0 ? lastRole + 1 : phrase.First;
        var tail = Span(tokens, start, phrase.Last);
        if (tail.Count == 0 || tail.Count > 4 || !tail.All(t => t.IsCapitalised || t.Key is "al" or "bin" or "de" or "ibn")
            || tail.Any(t => finder.WordType(t) is not null))
        {
            return NameAfterBody(phrase, tokens, text);
        }

        for (var k = start; k <= phrase.Last; k++)
        {
            if (lexicon.MatchAt(tokens, k, phrase.Last + 1) is { } alias)
            {
                if (alias.Actor.Type != ActorType.Person)
                {
                    return null;
                }

                // "Michelle Obama" is not Barack Obama: a known surname with another first name is another person.
                return k == start ? alias.Actor : new Actor(string.Join(' ', tail.Select(t => text[t.Start..t.End])), ActorType.Person);
            }
        }

        if (lastRole < 0 && tail.Count < 2)
        {
            // A single unknown capitalised word: a surname of someone named before, or nothing to go on.
            return Earlier(tail[0].Key, before);
        }

        var name = string.Join(' ', tail.Select(t => text[t.Start..t.End]));
        return Earlier(tail[^1].Key, before) is { Type: ActorType.Person } same && tail.Count == 1 ? same : new Actor(name, ActorType.Person);
    }

    // "the official representative of the Russian foreign Ministry Maria Zakharova": a role or body
    // described at length, then the person's name; the name (two or three capitalised words right
    // after a role or actor word) is the actor.
    private Actor? NameAfterBody(Phrase phrase, IReadOnlyList<WordToken> tokens, string text)
    {
        var start = phrase.Last;
        while (start > phrase.First && tokens[start].IsCapitalised && finder.WordType(tokens[start]) is null && !finder.IsRole(tokens[start]))
        {
            start--;
        }

        var count = phrase.Last - start;
        if (count is < 2 or > 3 || !(finder.IsRole(tokens[start]) || finder.WordType(tokens[start]) is not null)
            || lexicon.MatchAt(tokens, start + 1, phrase.Last + 1) is { Actor.Type: not ActorType.Person })
        {
            return null;
        }

        return new Actor(string.Join(' ', Span(tokens, start + 1, phrase.Last).Select(t => text[t.Start..t.End])), ActorType.Person);
    }

    private Actor? Earlier(string surname, IEnumerable<Actor> before) =>
        before.FirstOrDefault(known => known.Type == ActorType.Person && NamesOf(known).Contains(surname));

    private ActorType TypeOf(List<WordToken> words)
    {
        if (words.Any(finder.IsRole))
        {
            return ActorType.Person;
        }

        for (var k = words.Count - 1; k >= 0; k--)
        {
            if (finder.WordType(words[k]) is { } type && type != "modifier" && ActorTypes.TryParse(type, out var parsed))
            {
                return parsed;
            }
        }

        var capitalised = words.Count(w => w.IsCapitalised);
        return capitalised is >= 2 and <= 4 && capitalised == words.Count ? ActorType.Person : ActorType.Other;
    }
}
