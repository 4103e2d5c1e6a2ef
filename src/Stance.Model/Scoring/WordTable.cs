namespace Stance.Model.Scoring;

/// <summary>
/// Words by their characters, each with a number and a feature slot (or -1): a word of a
/// sentence is hashed once, and its bigram with the word before is then found by the pair of
/// numbers (<see cref="SlotTable"/>) instead of hashing the joined text again.
/// </summary>
internal sealed class WordTable
{
    private readonly string[] _words;
    private readonly Entry[] _entries;
    private readonly int _shift;
    private readonly int _mask;
    private int _count;

    /// <summary>An empty table for up to <paramref name="capacity"/> words.</summary>
    public WordTable(int capacity)
    {
        var bits = Math.Max(4, 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)Math.Max(1, capacity) * 2));
        _entries = new Entry[1 << bits];
        _shift = 64 - bits;
        _mask = (1 << bits) - 1;
        _words = new string[capacity];
    }

    /// <summary>The number of <paramref name="word"/>, or -1 when it is not in the table; <paramref name="slot"/> receives its slot (or -1).</summary>
    public int Find(ReadOnlySpan<char> word, out int slot)
    {
        var hash = Hash(word);
        for (var i = Home(hash); ; i = (i + 1) & _mask)
        {
            ref var entry = ref _entries[i];
            if (entry.Number == 0)
            {
                slot = -1;
                return -1;
            }

            if (entry.Hash == hash && word.SequenceEqual(_words[entry.Number - 1]))
            {
                slot = entry.Slot;
                return entry.Number - 1;
            }
        }
    }

    /// <summary>The number of <paramref name="word"/>, added (with no slot) when new.</summary>
    public int Add(string word) => Add(word.AsSpan(), word);

    /// <summary>The number of <paramref name="word"/>, added (with no slot, as a new string) when new.</summary>
    public int Add(ReadOnlySpan<char> word) => Add(word, null);

    private int Add(ReadOnlySpan<char> word, string? spelled)
    {
        var number = Find(word, out _);
        if (number >= 0)
        {
            return number;
        }

        var hash = Hash(word);
        var i = Home(hash);
        while (_entries[i].Number != 0)
        {
            i = (i + 1) & _mask;
        }

        _words[_count] = spelled ?? word.ToString();
        _entries[i] = new Entry { Hash = hash, Number = ++_count, Slot = -1 };
        return _count - 1;
    }

    /// <summary>Gives <paramref name="word"/> the feature slot <paramref name="slot"/> (the last one given wins, as in a dictionary).</summary>
    public void SetSlot(string word, int slot)
    {
        var hash = Hash(word);
        Add(word);
        for (var i = Home(hash); ; i = (i + 1) & _mask)
        {
            if (_entries[i].Hash == hash && _words[_entries[i].Number - 1] == word)
            {
                _entries[i].Slot = slot;
                return;
            }
        }
    }

    private int Home(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> _shift);

    // Hash, number (plus one; 0 marks an empty cell) and slot side by side: one cache line per probe.
    private struct Entry
    {
        public ulong Hash;
        public int Number;
        public int Slot;
    }

    // FNV-1a over the UTF-16 units: any spread will do, the characters are compared on a hit.
    private static ulong Hash(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
