namespace Stance.Model.Scoring;

/// <summary>
/// Feature slots by 64-bit key, in an open-addressing table: a character 4-gram packed into its
/// key (four UTF-16 units, first in the low bits), or a word bigram as the pair of its words'
/// numbers in <see cref="WordTable"/>. A look-up is a multiply and usually one probe, where a
/// string dictionary hashed the characters of a span for every gram (the largest part of scoring).
/// </summary>
internal sealed class SlotTable
{
    private readonly Entry[] _entries;
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>An empty table for up to <paramref name="capacity"/> keys.</summary>
    public SlotTable(int capacity)
    {
        // At most half full, so that a missing key (most grams of a sentence) ends its probe soon.
        var bits = Math.Max(4, 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)Math.Max(1, capacity) * 2));
        _entries = new Entry[1 << bits];
        _shift = 64 - bits;
        _mask = (1 << bits) - 1;
    }

    /// <summary>The key of the character gram whose last character is <paramref name="next"/>, given the key of the gram one character before.</summary>
    public static ulong Push(ulong key, char next) => (key >> 16) | ((ulong)next << 48);

    /// <summary>The key of a character 4-gram.</summary>
    public static ulong Pack(ReadOnlySpan<char> gram)
    {
        var key = 0UL;
        foreach (var c in gram)
        {
            key = Push(key, c);
        }

        return key;
    }

    /// <summary>The slot of <paramref name="key"/>, or -1 when it is not in the table.</summary>
    public int Find(ulong key)
    {
        for (var i = Home(key); ; i = (i + 1) & _mask)
        {
            ref var entry = ref _entries[i];
            if (entry.Slot == 0)
            {
                return -1;
            }

            if (entry.Key == key)
            {
                return entry.Slot - 1;
            }
        }
    }

    /// <summary>Sets the slot of <paramref name="key"/>; a key added twice keeps its last slot, as a dictionary would.</summary>
    public void Set(ulong key, int slot)
    {
        var i = Home(key);
        while (_entries[i].Slot != 0 && _entries[i].Key != key)
        {
            i = (i + 1) & _mask;
        }

        _entries[i] = new Entry { Key = key, Slot = slot + 1 };
    }

    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    // Key and slot side by side: one cache line per probe. Slots are stored plus one, so that 0
    // marks an empty cell whatever the key.
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Pack = 4)]
    private struct Entry
    {
        public ulong Key;
        public int Slot;
    }
}
