using System.Text;
using Stance.Model.Features;
using Stance.Model.Labels;

namespace Stance.Model.Scoring;

/// <summary>
/// Scores with the exported linear form of a model (vocabularies, weights, Platt calibration),
/// computing the same features as ML.NET's text featurizer without loading ML.NET: a cold
/// start then costs tens of milliseconds instead of half a second, and a sentence microseconds.
/// Equivalence with the ML.NET pipeline is checked by the test suite.
/// </summary>
internal sealed class LinearScorer
{
    /// <summary>Name of the entry inside the model zip.</summary>
    public const string EntryName = "stance/linear.bin";

    private const string Magic = "STANCE-LINEAR-1";
    private const char Start = '\u0002';
    private const char End = '\u0003';
    private const int CharGram = 4;

    private readonly Dictionary<string, int> _charGrams;
    private readonly Dictionary<string, int> _wordGrams;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _charLookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<string, int> _contextWords;
    private readonly int _contextOffset;
    private readonly int _cueOffset;
    private readonly float[][] _weights;
    private readonly float[] _bias;
    private readonly float[] _slope;
    private readonly float[] _offset;

    private LinearScorer(string[] slotNames, int charCount, int wordCount, int contextCount, float[][] weights, float[] bias, float[] slope, float[] offset)
    {
        SlotNames = slotNames;
        _charGrams = new Dictionary<string, int>(charCount, StringComparer.Ordinal);
        for (var i = 0; i < charCount; i++)
        {
            _charGrams[slotNames[i]] = i;
        }

        _wordGrams = new Dictionary<string, int>(wordCount, StringComparer.Ordinal);
        for (var i = charCount; i < charCount + wordCount; i++)
        {
            _wordGrams[slotNames[i]] = i;
        }

        // Span lookups: no string is allocated per n-gram while scoring.
        _charLookup = _charGrams.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordLookup = _wordGrams.GetAlternateLookup<ReadOnlySpan<char>>();
        _contextOffset = charCount + wordCount;
        _contextWords = new Dictionary<string, int>(contextCount, StringComparer.Ordinal);
        for (var i = _contextOffset; i < _contextOffset + contextCount; i++)
        {
            _contextWords[slotNames[i]] = i;
        }

        _cueOffset = _contextOffset + contextCount;
        _weights = weights;
        _bias = bias;
        _slope = slope;
        _offset = offset;
    }

    /// <summary>Raw slot keys: character 4-grams as their 4 characters, word n-grams joined by '|', context words.</summary>
    public string[] SlotNames { get; }

    /// <summary>Index of the first cue slot.</summary>
    public int CueOffset => _cueOffset;

    /// <summary>Index of the first context slot.</summary>
    public int ContextOffset => _contextOffset;

    /// <summary>Number of character n-gram slots (they come first).</summary>
    public int CharCount => _charGrams.Count;

    /// <summary>Reads the exported form written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The entry is truncated or not of this format.</exception>
    public static LinearScorer Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException("not a Stance linear model entry");
        }

        var charCount = reader.ReadInt32();
        var wordCount = reader.ReadInt32();
        var contextCount = reader.ReadInt32();
        var cueCount = reader.ReadInt32();
        if (cueCount != ModelInput.CueVectorLength || charCount < 0 || wordCount < 0 || contextCount < 0)
        {
            throw new InvalidDataException("linear model entry has an unexpected layout");
        }

        var size = charCount + wordCount + contextCount + cueCount;
        var names = new string[size];
        for (var i = 0; i < charCount + wordCount + contextCount; i++)
        {
            names[i] = reader.ReadString();
        }

        for (var i = 0; i < cueCount; i++)
        {
            names[charCount + wordCount + contextCount + i] = ModelInputBuilder.CueSlotNames[i];
        }

        var labels = LabelSet.All.Count;
        var weights = new float[labels][];
        float[] bias = new float[labels], slope = new float[labels], offset = new float[labels];
        for (var l = 0; l < labels; l++)
        {
            bias[l] = reader.ReadSingle();
            slope[l] = reader.ReadSingle();
            offset[l] = reader.ReadSingle();
            weights[l] = new float[size];
            var bytes = reader.ReadBytes(size * sizeof(float));
            if (bytes.Length != size * sizeof(float))
            {
                throw new InvalidDataException("linear model entry is truncated");
            }

            Buffer.BlockCopy(bytes, 0, weights[l], 0, bytes.Length);
        }

        return new LinearScorer(names, charCount, wordCount, contextCount, weights, bias, slope, offset);
    }

    /// <summary>Writes the exported form; slot keys in feature-vector order (chars, words, context; cues are implied).</summary>
    public static void Write(Stream stream, IReadOnlyList<string> charGrams, IReadOnlyList<string> wordGrams, IReadOnlyList<string> contextWords, IReadOnlyList<(float Bias, float Slope, float Offset, IReadOnlyList<float> Weights)> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(charGrams.Count);
        writer.Write(wordGrams.Count);
        writer.Write(contextWords.Count);
        writer.Write(ModelInput.CueVectorLength);
        foreach (var name in charGrams.Concat(wordGrams).Concat(contextWords))
        {
            writer.Write(name);
        }

        foreach (var (bias, slope, offset, weights) in labels)
        {
            writer.Write(bias);
            writer.Write(slope);
            writer.Write(offset);
            foreach (var w in weights)
            {
                writer.Write(w);
            }
        }
    }

    /// <summary>Probabilities per label for one row; <paramref name="features"/> receives the sparse feature vector when not null.</summary>
    public float[] Predict(ModelInput row, List<(int Slot, float Value)>? features = null)
    {
        var vector = features ?? (t_vector ??= new List<(int Slot, float Value)>(512));
        vector.Clear();
        AddTextFeatures(row.Text, vector);
        AddContextFeatures(row.Context, vector);
        for (var i = 0; i < row.Cues.Length; i++)
        {
            if (row.Cues[i] != 0)
            {
                vector.Add((_cueOffset + i, row.Cues[i]));
            }
        }

        var probabilities = new float[_weights.Length];
        for (var l = 0; l < _weights.Length; l++)
        {
            var weights = _weights[l];
            double score = _bias[l];
            foreach (var (slot, value) in vector)
            {
                score += weights[slot] * value;
            }

            probabilities[l] = (float)(1.0 / (1.0 + Math.Exp((_slope[l] * score) + _offset[l])));
        }

        return probabilities;
    }

    /// <summary>The weight of a slot for a label.</summary>
    public float Weight(StanceLabel label, int slot) => _weights[(int)label][slot];

    // One count table per thread, cleared between uses: scoring allocates no dictionary per
    // sentence (it was a tenth of batch time, mostly growing and collecting these tables).
    [ThreadStatic]
    private static Dictionary<int, float>? t_counts;

    [ThreadStatic]
    private static List<(int Slot, float Value)>? t_vector;

    private static Dictionary<int, float> Counts()
    {
        var counts = t_counts ??= new Dictionary<int, float>(1024);
        counts.Clear();
        return counts;
    }

    private static void Increment(Dictionary<int, float> counts, int slot) =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, slot, out _)++;

    private void AddTextFeatures(string text, List<(int Slot, float Value)> vector)
    {
        var counts = Counts();
        Span<char> marked = text.Length + 2 <= 1024 ? stackalloc char[text.Length + 2] : new char[text.Length + 2];
        marked[0] = Start;
        text.AsSpan().CopyTo(marked[1..]);
        marked[^1] = End;
        for (var i = 0; i + CharGram <= marked.Length; i++)
        {
            if (_charLookup.TryGetValue(marked.Slice(i, CharGram), out var slot))
            {
                Increment(counts, slot);
            }
        }

        // ML.NET's text featurizer normalises the character bag and the word bag each on its own.
        AddNormalized(counts, vector);
        counts.Clear();
        Span<char> bigram = text.Length + 1 <= 1024 ? stackalloc char[text.Length + 1] : new char[text.Length + 1];
        var previousStart = -1;
        var previousLength = 0;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var (start, length) = range.GetOffsetAndLength(text.Length);
            if (length == 0)
            {
                continue;
            }

            var token = text.AsSpan(start, length);
            if (_wordLookup.TryGetValue(token, out var unigram))
            {
                Increment(counts, unigram);
            }

            if (previousStart >= 0)
            {
                text.AsSpan(previousStart, previousLength).CopyTo(bigram);
                bigram[previousLength] = '|';
                token.CopyTo(bigram[(previousLength + 1)..]);
                if (_wordLookup.TryGetValue(bigram[..(previousLength + 1 + length)], out var slot))
                {
                    Increment(counts, slot);
                }
            }

            previousStart = start;
            previousLength = length;
        }

        AddNormalized(counts, vector);
    }

    private void AddContextFeatures(string context, List<(int Slot, float Value)> vector)
    {
        var counts = Counts();
        // The context featurizer drops digits (KeepNumbers = false): "1990s" counts as "s".
        foreach (var raw in context.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.Any(char.IsDigit) ? string.Concat(raw.Where(c => !char.IsDigit(c))) : raw;
            if (token.Length > 0 && _contextWords.TryGetValue(token, out var slot))
            {
                Increment(counts, slot);
            }
        }

        AddNormalized(counts, vector);
    }

    private static void AddNormalized(Dictionary<int, float> counts, List<(int Slot, float Value)> vector)
    {
        double sum = 0;
        foreach (var c in counts.Values)
        {
            sum += c * c;
        }

        if (sum == 0)
        {
            return;
        }

        var scale = (float)(1 / Math.Sqrt(sum));
        foreach (var (slot, count) in counts)
        {
            vector.Add((slot, count * scale));
        }
    }
}
