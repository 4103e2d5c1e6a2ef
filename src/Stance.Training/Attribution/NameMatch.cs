namespace Stance.Training.Attribution;

/// <summary>
/// When two names of an actor count as the same. Exact: equal after lower-casing, dropping
/// apostrophes, punctuation and a leading article ("the Russian Defence Ministry" = "Russian
/// Defence Ministry"). Partial (token overlap): the Dice coefficient of their content words, cut
/// to five letters ("Russias" = "Russian"), is at least one half. The outlet's own voice and "no
/// target" only match themselves.
/// </summary>
public static class NameMatch
{
    private static readonly HashSet<string> Stop = ["the", "a", "an", "of", "for", "and", "s", "in", "on", "to", "its", "his", "her", "their"];

    /// <summary>The form names are compared in.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (trimmed is "(reporter)" or "-" or "")
        {
            return trimmed.Length == 0 ? "-" : trimmed;
        }

        var chars = trimmed.ToLowerInvariant().Where(c => c is not ('\'' or '\u2019' or '.')).Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        var words = new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && words[0] is "the" or "a" or "an")
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }

    /// <summary>True when the two names are the same after <see cref="Normalize"/>.</summary>
    public static bool Exact(string a, string b)
    {
        var x = Normalize(a);
        return x.Length > 0 && x == Normalize(b);
    }

    /// <summary>True when the names match exactly or share at least half their content words (Dice).</summary>
    public static bool Partial(string a, string b)
    {
        if (Exact(a, b))
        {
            return true;
        }

        var x = Words(a);
        var y = Words(b);
        if (x.Count == 0 || y.Count == 0)
        {
            return false;
        }

        return 2.0 * x.Count(y.Contains) / (x.Count + y.Count) >= 0.5;
    }

    /// <summary>True when any name of <paramref name="gold"/> matches any name of <paramref name="predicted"/>.</summary>
    public static bool Any(IReadOnlyList<NamePair> gold, IReadOnlyList<NamePair> predicted, bool partial)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var g = Names(gold);
        var p = Names(predicted);
        return g.Any(a => p.Any(b => partial ? Partial(a, b) : Exact(a, b)));
    }

    private static List<string> Names(IReadOnlyList<NamePair> pairs)
    {
        var names = pairs.SelectMany(n => new[] { n.Text, n.Canonical }).Where(n => n.Length > 0).ToList();
        return names.Count == 0 ? ["-"] : names;
    }

    private static HashSet<string> Words(string name)
    {
        var normal = Normalize(name);
        return normal is "(reporter)" or "-"
            ? []
            : normal.Split(' ').Where(w => !Stop.Contains(w)).Select(w => w.Length > 5 ? w[..5] : w).ToHashSet(StringComparer.Ordinal);
    }
}
