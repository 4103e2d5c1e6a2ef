namespace Stance.Model.Attribution;

/// <summary>
/// The word lists of Resources/Attribution: known actors with their aliases, reporting verbs,
/// words that belong inside actor descriptions, and capitalised words that never name an actor.
/// Loaded once; immutable afterwards, so thread-safe.
/// </summary>
internal sealed class AttributionLexicon
{
    private static readonly Lazy<AttributionLexicon> Shared = new(Load);

    private AttributionLexicon(
        Dictionary<string, List<Alias>> aliases,
        Dictionary<string, CueClass> verbs,
        List<(string[] Words, CueClass Class)> verbPhrases,
        List<string[]> afterPhrases,
        Dictionary<string, string> actorWords,
        HashSet<string> nonActor)
    {
        AliasesByFirstWord = aliases;
        Verbs = verbs;
        VerbPhrasesByFirstWord = verbPhrases.GroupBy(p => p.Words[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        AfterPhrases = afterPhrases;
        AfterPhrasesByFirstWord = afterPhrases.GroupBy(p => p[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        ActorWords = actorWords;
        NonActor = nonActor;
    }

    /// <summary>The lexicon embedded in this assembly.</summary>
    public static AttributionLexicon Default => Shared.Value;

    /// <summary>Aliases of known actors, indexed by their first word's key.</summary>
    public Dictionary<string, List<Alias>> AliasesByFirstWord { get; }

    /// <summary>Reporting verbs by key.</summary>
    public Dictionary<string, CueClass> Verbs { get; }

    /// <summary>Reporting phrases of several words ("critical of", "traded accusations") by their first word; the source precedes them.</summary>
    public Dictionary<string, (string[] Words, CueClass Class)[]> VerbPhrasesByFirstWord { get; }

    /// <summary>Phrases after which the source is named ("according to").</summary>
    public List<string[]> AfterPhrases { get; }

    /// <summary>The phrases of <see cref="AfterPhrases"/> by their first word, in list order.</summary>
    public Dictionary<string, string[][]> AfterPhrasesByFirstWord { get; }

    /// <summary>Lower-case words that may stand inside actor descriptions, with their type name (or "modifier").</summary>
    public Dictionary<string, string> ActorWords { get; }

    /// <summary>Capitalised words that never name an actor.</summary>
    public HashSet<string> NonActor { get; }

    /// <summary>The longest known actor alias starting at token <paramref name="index"/>, or null.</summary>
    public Alias? MatchAt(IReadOnlyList<WordToken> tokens, int index, int limit)
    {
        if (!AliasesByFirstWord.TryGetValue(tokens[index].Key, out var candidates))
        {
            return null;
        }

        Alias? best = null;
        foreach (var alias in candidates)
        {
            if (index + alias.Words.Length > limit || (best is not null && alias.Words.Length <= best.Words.Length))
            {
                continue;
            }

            var ok = true;
            for (var k = 0; k < alias.Words.Length && ok; k++)
            {
                var token = tokens[index + k];
                // A possessive without its apostrophe ("Russias", "Moscows") still names the actor.
                ok = alias.CaseSensitive ? token.Caps == alias.Words[k]
                    : token.Key == alias.Words[k] || (k == alias.Words.Length - 1 && token.Key.Length == alias.Words[k].Length + 1 && token.Key[^1] == 's' && token.Key.StartsWith(alias.Words[k], StringComparison.Ordinal));
                ok &= k == 0 || !token.BreakBefore;
            }

            if (ok)
            {
                best = alias;
            }
        }

        return best;
    }

    private static AttributionLexicon Load()
    {
        var aliases = new Dictionary<string, List<Alias>>(StringComparer.Ordinal);
        foreach (var line in EmbeddedResources.ReadLines("Attribution/actors.txt"))
        {
            var parts = line.Split('|');
            var type = ActorTypes.TryParse(parts[1], out var parsed) ? parsed : throw new InvalidOperationException($"Attribution/actors.txt: unknown actor type '{parts[1]}' in '{line}'.");
            var actor = new Actor(parts[0].Trim(), type);
            foreach (var raw in parts[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var caseSensitive = raw.Any(char.IsUpper);
                var words = WordToken.Read(raw).Select(t => caseSensitive ? t.Caps : t.Key).ToArray();
                var key = caseSensitive ? words[0].ToLowerInvariant() : words[0];
                if (!aliases.TryGetValue(key, out var list))
                {
                    aliases[key] = list = [];
                }

                list.Add(new Alias(words, caseSensitive, actor));
            }
        }

        var verbs = new Dictionary<string, CueClass>(StringComparer.Ordinal);
        var after = new List<string[]>();
        var verbPhrases = new List<(string[] Words, CueClass Class)>();
        foreach (var line in EmbeddedResources.ReadLines("Attribution/speech-verbs.txt"))
        {
            var parts = line.Split('|');
            var cls = parts[0].Trim() switch { "accuse" => CueClass.Accuse, "deny" => CueClass.Deny, "after" => CueClass.After, _ => CueClass.Say };
            foreach (var word in parts[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (cls == CueClass.After)
                {
                    after.Add(word.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                }
                else if (!word.Contains(' ', StringComparison.Ordinal))
                {
                    verbs[word] = cls;
                }
                else
                {
                    verbPhrases.Add((word.Split(' ', StringSplitOptions.RemoveEmptyEntries), cls));
                }
            }
        }

        var actorWords = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedResources.ReadLines("Attribution/actor-words.txt"))
        {
            var parts = line.Split('|');
            foreach (var word in parts[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // The first type listed for a word wins: "coalition" is armed before intl.
                actorWords.TryAdd(word, parts[0].Trim());
            }
        }

        return new AttributionLexicon(aliases, verbs, verbPhrases, after, actorWords, EmbeddedResources.ReadWordSet("Attribution/non-actor-words.txt"));
    }
}
