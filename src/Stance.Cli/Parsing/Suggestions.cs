namespace Stance.Cli.Parsing;

/// <summary>The names a mistyped command or option was probably meant to be.</summary>
internal static class Suggestions
{
    /// <summary>" (did you mean 'score'?)", or empty when no name is close to <paramref name="typed"/>.</summary>
    public static string For(string typed, IEnumerable<string> names)
    {
        var bare = typed.TrimStart('-');
        var close = names
            .Select(name => (Name: name, Distance: Distance(bare, name.TrimStart('-'))))
            .Where(c => c.Distance <= Math.Max(1, bare.Length / 4) || (bare.Length >= 2 && c.Name.TrimStart('-').StartsWith(bare, StringComparison.Ordinal)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => $"'{c.Name}'")
            .Distinct()
            .Take(3)
            .ToList();
        return close.Count == 0 ? string.Empty : $" (did you mean {string.Join(" or ", close)}?)";
    }

    /// <summary>Edits (insert, delete, replace, swap two neighbours) that turn one word into the other.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
