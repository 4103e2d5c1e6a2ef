namespace Stance.Model.Scoring;

/// <summary>
/// The character 4-gram vocabulary of a linear model, each gram packed into 64 bits (its four
/// UTF-16 units, first in the low bits) in an open-addressing table. A sentence slides one
/// packed key along its text: a look-up is a multiply and usually one probe, where a string
/// dictionary hashed four characters of a span for every position (a fifth of scoring time).
/// </summary>
internal sealed class CharGramTable
{
    private readonly ulong[] _keys;
    private readonly int[] _slots;
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>Indexes <paramref name="count"/> grams of <paramref name="names"/> from <paramref name="first"/>; each gram's slot is its index in <paramref name="names"/>.</summary>
    public CharGramTable(IReadOnlyList<string> names, int first, int count)
    {
        // At most half full, so that a missing gram (most grams of a sentence) ends its probe soon.
        var bits = Math.Max(4, 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)Math.Max(1, count) * 2));
        _keys = new ulong[1 << bits];
        _slots = new int[1 << bits];
        _shift = 64 - bits;
        _mask = (1 << bits) - 1;
        for (var i = first; i < first + count; i++)
        {
            // A name of another length can never equal four characters of text.
            if (names[i].Length == Length)
            {
                Add(Pack(names[i]), i);
            }
        }
    }

    /// <summary>Characters per gram.</summary>
    public const int Length = 4;

    /// <summary>The key of the gram whose last character is <paramref name="next"/>, given the key of the gram one character before.</summary>
    public static ulong Push(ulong key, char next) => (key >> 16) | ((ulong)next << 48);

    /// <summary>The slot of the gram with <paramref name="key"/>, or -1 when it is not in the vocabulary.</summary>
    public int Find(ulong key)
    {
        for (var i = Home(key); ; i = (i + 1) & _mask)
        {
            var slot = _slots[i];
            if (slot == 0)
            {
                return -1;
            }

            if (_keys[i] == key)
            {
                return slot - 1;
            }
        }
    }

    private static ulong Pack(ReadOnlySpan<char> gram)
    {
        var key = 0UL;
        foreach (var c in gram)
        {
            key = Push(key, c);
        }

        return key;
    }

    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    // Slots are stored plus one, so that 0 marks an empty cell whatever the key. A gram listed
    // twice keeps its last slot, as the string dictionary did.
    private void Add(ulong key, int slot)
    {
        var i = Home(key);
        while (_slots[i] != 0 && _keys[i] != key)
        {
            i = (i + 1) & _mask;
        }

        _keys[i] = key;
        _slots[i] = slot + 1;
    }
}
