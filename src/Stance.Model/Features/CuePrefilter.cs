using System.Text;

namespace Stance.Model.Features;

/// <summary>
/// Tells, before any regular expression runs, which cue groups cannot match a sentence: in
/// news text 87% of (sentence, group) pairs have no cue, and a pattern that finds nothing has to
/// scan the whole sentence to know it (most of the cue lexicon's time). From each lexicon line it
/// reads the first characters every match must start with (up to eight: "accus" for accus\w*,
/// "without " for "without (any )?..."), and a group is kept only when some word of the sentence starts so.
/// The reading is conservative: a construct it does not know (a class, \w, a look-around...)
/// at the start of a line keeps that group for every sentence, and text other than lower-case
/// ASCII words (which the prefixes were not worked out for) keeps every group. It only ever skips
/// patterns that could not have matched, so the counts are those of the patterns alone (the test
/// suite checks this over the project's sentences and the corpus).
/// </summary>
internal sealed class CuePrefilter
{
    private const int Depth = 8;
    private const int MaxPrefixes = 512;

    /// <summary>Stands for any digit (\d) in a prefix.</summary>
    private const char Digit = '\u0001';

    // The prefixes as a trie: edges by (node, character); per node, the groups with a prefix that
    // ends there, and those with a whole match that ends there (which the word must end with).
    private readonly Scoring.SlotTable _edges;
    private readonly int[] _prefixGroups;
    private readonly int[] _wordGroups;
    private readonly int _always;
    private readonly int _all;

    /// <summary>Reads the lines (one regular expression each) of every group, in group order.</summary>
    public CuePrefilter(IReadOnlyList<IReadOnlyList<string>> groupLines)
    {
        ArgumentNullException.ThrowIfNull(groupLines);
        if (groupLines.Count > 31)
        {
            throw new ArgumentException("at most 31 cue groups", nameof(groupLines));
        }

        _all = (1 << groupLines.Count) - 1;
        var edges = new Dictionary<ulong, int>();
        List<int> prefixGroups = [0], wordGroups = [0];
        for (var g = 0; g < groupLines.Count; g++)
        {
            var starts = new HashSet<Start>();
            foreach (var line in groupLines[g])
            {
                if (StartsOf(line) is not { } found || found.Any(p => p.Text.Length == 0 || !IsWordCharacter(p.Text[0])))
                {
                    // No usable start, or one that could begin where a word ends: always run.
                    starts = null;
                    break;
                }

                starts.UnionWith(found);
            }

            if (starts is null)
            {
                _always |= 1 << g;
                continue;
            }

            foreach (var start in starts)
            {
                var node = 0;
                foreach (var c in start.Text)
                {
                    if (!edges.TryGetValue(Edge(node, c), out var child))
                    {
                        edges[Edge(node, c)] = child = prefixGroups.Count;
                        prefixGroups.Add(0);
                        wordGroups.Add(0);
                    }

                    node = child;
                }

                // A whole match ending in a word character must also end its word (the group's
                // closing \b): "i" is looked for as the word "i", not in "in".
                var groups = start.Exact && IsWordCharacter(start.Text[^1]) ? wordGroups : prefixGroups;
                groups[node] |= 1 << g;
            }
        }

        _edges = new Scoring.SlotTable(edges.Count);
        foreach (var (edge, child) in edges)
        {
            _edges.Set(edge, child);
        }

        (_prefixGroups, _wordGroups) = ([.. prefixGroups], [.. wordGroups]);
    }

    /// <summary>The groups (bit g for group g) that may match <paramref name="text"/>; the others cannot.</summary>
    public int Candidates(ReadOnlySpan<char> text)
    {
        var groups = _always;
        var wordStart = 0;
        for (var p = 0; p <= text.Length; p++)
        {
            if (p < text.Length && text[p] != ' ')
            {
                if (!char.IsAsciiLetterLower(text[p]) && !char.IsAsciiDigit(text[p]))
                {
                    return _all;
                }

                continue;
            }

            // The word text[wordStart..p]: follow its characters (and past its end) down the trie.
            var node = 0;
            for (var at = wordStart; at < text.Length && at - wordStart < Depth; at++)
            {
                node = _edges.Find(Edge(node, char.IsAsciiDigit(text[at]) ? Digit : text[at]));
                if (node < 0)
                {
                    break;
                }

                var wordEnds = at + 1 == text.Length || text[at + 1] == ' ';
                groups |= _prefixGroups[node] | (wordEnds ? _wordGroups[node] : 0);
            }

            wordStart = p + 1;
        }

        return groups;
    }

    private static ulong Edge(int node, char c) => ((ulong)(uint)node << 16) | c;

    private static bool IsWordCharacter(char c) => c == Digit || char.IsAsciiLetterOrDigit(c);

    /// <summary>
    /// The strings, of up to eight characters, one of which every match of <paramref name="pattern"/>
    /// starts with ("$" after one that is a whole match); null when the pattern uses something this
    /// reading does not follow.
    /// </summary>
    internal static IReadOnlyCollection<string>? Prefixes(string pattern) =>
        StartsOf(pattern)?.Select(s => s.Exact ? s.Text + "$" : s.Text).ToHashSet(StringComparer.Ordinal);

    private static List<Start>? StartsOf(string pattern)
    {
        var reader = new Reader(pattern);
        var starts = reader.Alternation();
        return reader.AtEnd ? starts : null;
    }

    /// <summary>A possible start of a match: <see cref="Exact"/> when it is the whole match of what was read so far, so the next element extends it.</summary>
    private readonly record struct Start(string Text, bool Exact);

    /// <summary>A recursive-descent reading of the subset of .NET regular expressions the lexicons use.</summary>
    private sealed class Reader(string pattern)
    {
        private int _at;

        public bool AtEnd => _at == pattern.Length;

        public List<Start>? Alternation()
        {
            var all = Sequence();
            while (all is not null && _at < pattern.Length && pattern[_at] == '|')
            {
                _at++;
                if (Sequence() is not { } more)
                {
                    return null;
                }

                all.AddRange(more);
            }

            return all is null || all.Count > MaxPrefixes ? null : [.. all.Distinct()];
        }

        private List<Start>? Sequence()
        {
            List<Start> starts = [new(string.Empty, true)];
            while (_at < pattern.Length && pattern[_at] is not '|' and not ')')
            {
                if (Quantified() is not { } element)
                {
                    return null;
                }

                starts = Concatenate(starts, element);
                if (starts.Count > MaxPrefixes)
                {
                    return null;
                }
            }

            return starts;
        }

        private static List<Start> Concatenate(List<Start> left, List<Start> right)
        {
            var result = new List<Start>();
            foreach (var start in left)
            {
                if (!start.Exact)
                {
                    result.Add(start);
                    continue;
                }

                foreach (var next in right)
                {
                    var text = start.Text + next.Text;
                    result.Add(text.Length >= Depth ? new Start(text[..Depth], false) : new Start(text, next.Exact));
                }
            }

            return [.. result.Distinct()];
        }

        private List<Start>? Quantified()
        {
            if (Atom() is not { } atom)
            {
                return null;
            }

            if (_at >= pattern.Length || pattern[_at] is not ('?' or '*' or '+' or '{'))
            {
                return atom;
            }

            var quantifier = pattern[_at++];
            if (quantifier == '{' || (_at < pattern.Length && pattern[_at] is '?' or '+'))
            {
                return null;
            }

            // Repeated: a match starts with one occurrence and may go on; optional: or is empty.
            var repeated = quantifier == '?' ? atom : [.. atom.Select(s => s with { Exact = false })];
            return quantifier == '+' ? repeated : [new Start(string.Empty, true), .. repeated];
        }

        private List<Start>? Atom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '(':
                    if (_at < pattern.Length && pattern[_at] == '?')
                    {
                        if (_at + 1 >= pattern.Length || pattern[_at + 1] != ':')
                        {
                            return null;
                        }

                        _at += 2;
                    }

                    var inner = Alternation();
                    if (inner is null || _at >= pattern.Length || pattern[_at] != ')')
                    {
                        return null;
                    }

                    _at++;
                    return inner;
                case '[':
                    return Class();
                case '\\':
                    return Escape();
                case '.' or '^' or '$' or ')' or ']' or '{' or '}' or '?' or '*' or '+' or '#':
                    return null;
                default:
                    return [Literal(c)];
            }
        }

        private List<Start>? Escape()
        {
            if (_at >= pattern.Length)
            {
                return null;
            }

            var c = pattern[_at++];
            return c switch
            {
                'd' => [new Start(Digit.ToString(), true)],

                // A zero-width boundary constrains the match without adding to it: ignoring it only widens the starts.
                'b' => [new Start(string.Empty, true)],

                // Any word character (or space, ...): the start is known up to here and no further.
                'w' or 's' => [new Start(string.Empty, false)],
                _ when !char.IsAsciiLetterOrDigit(c) => [Literal(c)],
                _ => null,
            };
        }

        private List<Start>? Class()
        {
            var members = new StringBuilder();
            if (_at < pattern.Length && pattern[_at] == '^')
            {
                return null;
            }

            while (_at < pattern.Length && pattern[_at] != ']')
            {
                var c = pattern[_at++];
                if (c is '\\' or '[')
                {
                    return null;
                }

                if (_at + 1 < pattern.Length && pattern[_at] == '-' && pattern[_at + 1] != ']')
                {
                    var last = pattern[_at + 1];
                    _at += 2;
                    if (last < c || last - c > 64)
                    {
                        return null;
                    }

                    for (var member = c; member <= last; member++)
                    {
                        members.Append(member);
                    }

                    continue;
                }

                members.Append(c);
            }

            if (_at >= pattern.Length || members.Length == 0)
            {
                return null;
            }

            _at++;
            return [.. members.ToString().Select(Literal).Distinct()];
        }

        // A digit stands for any digit, as the text's digits do when looked up: wider, never narrower.
        private static Start Literal(char c) => new(char.IsAsciiDigit(c) ? Digit.ToString() : c.ToString(), true);
    }
}
