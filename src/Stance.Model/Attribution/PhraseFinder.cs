namespace Stance.Model.Attribution;

/// <summary>
/// Finds the word runs that name actors without a parser: capitalised words and the lower-case
/// words of actor descriptions ("defence ministry", "rebel fighters"), joined by "of"/"for"/"al".
/// Works the same with or without punctuation: breaks are used when present, never required.
/// </summary>
internal sealed class PhraseFinder(AttributionLexicon lexicon)
{
    private static readonly HashSet<string> Connectors = ["of", "for", "al", "bin", "de", "el", "ibn", "and"];
    private static readonly HashSet<string> Determiners = ["the", "a", "an", "one", "another", "some", "two", "three", "several"];

    /// <summary>True when the word may stand inside an actor's name.</summary>
    public bool IsNameWord(WordToken t) =>
        !lexicon.Verbs.ContainsKey(t.Key) && ((t.IsCapitalised && (!lexicon.NonActor.Contains(t.Key) || IsAcronym(t)) && !IsAdverb(t)) || lexicon.ActorWords.ContainsKey(t.Key));

    private static readonly string[] AdverbEndings = ["ally", "ably", "ibly", "edly", "tely", "ntly", "ckily", "ously", "ively", "rly", "ssly", "ctly"];

    // "Predictably", "Apparently", "Luckily": a capitalised sentence opener, not a name.
    private static bool IsAdverb(WordToken t)
    {
        if (t.Key.Length <= 5 || IsAcronym(t))
        {
            return false;
        }

        foreach (var ending in AdverbEndings)
        {
            if (t.Key.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "WHO", "US": an all-capital word is a name even when its lower-case form is a common word.
    private static bool IsAcronym(WordToken t) => t.Caps.Length >= 2 && !t.Caps.AsSpan().ContainsAnyExcept(UpperOrDigit) && t.Caps is not ("I" or "A");

    private static readonly System.Buffers.SearchValues<char> UpperOrDigit = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /// <summary>The phrase ending at word <paramref name="last"/>, or null.</summary>
    public Phrase? EndingAt(IReadOnlyList<WordToken> tokens, int sentence, int last)
    {
        if (last < 0 || last >= tokens.Count || !IsNameWord(tokens[last]))
        {
            return null;
        }

        var first = last;
        while (first > 0 && !tokens[first].BreakBefore)
        {
            var previous = tokens[first - 1];
            if (IsNameWord(previous))
            {
                first--;
            }
            else if (Connectors.Contains(previous.Key) && first >= 2 && !previous.BreakBefore && IsNameWord(tokens[first - 2]) && previous.Key != "and")
            {
                first -= 2;
            }
            else
            {
                break;
            }
        }

        return Build(tokens, sentence, TrimLeft(tokens, first, last), last);
    }

    /// <summary>The phrase starting at word <paramref name="first"/> (a determiner may come first), or null.</summary>
    public Phrase? StartingAt(IReadOnlyList<WordToken> tokens, int sentence, int first)
    {
        if (first < tokens.Count && Determiners.Contains(tokens[first].Key))
        {
            first++;
        }

        if (first >= tokens.Count || !IsNameWord(tokens[first]))
        {
            return null;
        }

        var last = first;
        while (last + 1 < tokens.Count && !tokens[last + 1].BreakBefore)
        {
            var next = tokens[last + 1];
            if (IsNameWord(next))
            {
                last++;
            }
            else if (Connectors.Contains(next.Key) && next.Key != "and" && last + 2 < tokens.Count && !tokens[last + 2].BreakBefore && IsNameWord(tokens[last + 2]))
            {
                last += 2;
            }
            else if (next.Key is "from" or "at" && IsRole(tokens[last]) && last + 2 < tokens.Count && !tokens[last + 2].BreakBefore && tokens[last + 2].IsCapitalised && IsNameWord(tokens[last + 2]))
            {
                // "an enforcement officer from Central Bedfordshire Council": the body belongs to the description.
                last += 2;
            }
            else if (next.Key is "of" or "for" && last + 3 < tokens.Count && tokens[last + 2].Key == "the" && !tokens[last + 3].BreakBefore && IsNameWord(tokens[last + 3]))
            {
                // "the official representative of the foreign Ministry"
                last += 3;
            }
            else
            {
                break;
            }
        }

        return Build(tokens, sentence, first, last);
    }

    /// <summary>Every phrase of the sentence, left to right.</summary>
    public List<Phrase> All(IReadOnlyList<WordToken> tokens, int sentence)
    {
        var phrases = new List<Phrase>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (IsNameWord(tokens[i]) && StartingAt(tokens, sentence, i) is { } phrase)
            {
                phrases.Add(phrase);
                i = phrase.Last + 1;
            }
            else
            {
                i++;
            }
        }

        return phrases;
    }

    /// <summary>True for a person's role word ("spokesman", "minister").</summary>
    public bool IsRole(WordToken t) => lexicon.ActorWords.TryGetValue(t.Key, out var type) && type == "person";

    /// <summary>The type an actor word suggests, or null.</summary>
    public string? WordType(WordToken t) => lexicon.ActorWords.TryGetValue(t.Key, out var type) ? type : null;

    // A long capitalised run before a known actor or an actor word is usually a place or the end
    // of a quote ("in Khan Sheikhoun Russian Defence Ministry spokesman ..."): keep from the actor on.
    private int TrimLeft(IReadOnlyList<WordToken> tokens, int first, int last)
    {
        if (last == first)
        {
            return first;
        }

        // A known actor that ends the run wins: "Aleppo Reuters", "Syria Russias Foreign Ministry".
        for (var k = first + 1; k <= last; k++)
        {
            if (lexicon.MatchAt(tokens, k, last + 1) is { } alias && k + alias.Words.Length == last + 1 && lexicon.MatchAt(tokens, first, last + 1) is not { } whole
                && !AllModifiers(tokens, first, k))
            {
                return k;
            }
        }

        if (last - first < 2)
        {
            return first;
        }

        for (var k = first; k <= last; k++)
        {
            if (lexicon.ActorWords.ContainsKey(tokens[k].Key) || lexicon.MatchAt(tokens, k, last + 1) is not null)
            {
                return k;
            }
        }

        return first;
    }

    // "Syrian Coalition", "Turkish army": modifiers before a known head belong to the name.
    private bool AllModifiers(IReadOnlyList<WordToken> tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (WordType(tokens[k]) != "modifier")
            {
                return false;
            }
        }

        return true;
    }

    private Phrase? Build(IReadOnlyList<WordToken> tokens, int sentence, int first, int last)
    {
        while (first <= last && Connectors.Contains(tokens[first].Key))
        {
            first++;
        }

        while (last >= first && Connectors.Contains(tokens[last].Key))
        {
            last--;
        }

        if (first > last)
        {
            return null;
        }

        var strength = 0;
        for (var k = first; k <= last; k++)
        {
            var t = tokens[k];
            if (lexicon.MatchAt(tokens, k, last + 1) is not null)
            {
                strength = 3;
                break;
            }

            if (WordType(t) is { } type && type != "modifier")
            {
                strength = Math.Max(strength, 2);
            }
            else if (t.IsCapitalised && !lexicon.NonActor.Contains(t.Key) && WordType(t) is null)
            {
                strength = Math.Max(strength, 1);
            }
        }

        if (strength == 0)
        {
            return null;
        }

        var mentionFirst = first > 0 && Determiners.Contains(tokens[first - 1].Key) && !tokens[first].BreakBefore ? first - 1 : first;
        return new Phrase(sentence, first, last, mentionFirst, strength);
    }
}
