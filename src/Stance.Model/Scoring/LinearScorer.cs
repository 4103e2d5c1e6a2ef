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

    // Version 1 weighs n-grams by their counts; version 2 adds the document frequencies tf-idf
    // needs, stored as counts of a byte or two each: the idf is recomputed on load exactly as the
    // exporter computed it, so nothing is rounded through a stored float.
    private const string Magic = "STANCE-LINEAR-1";
    private const string IdfMagic = "STANCE-LINEAR-2";
    private const char Start = '\u0002';
    private const char End = '\u0003';
    private const int CharGram = 4;

    private readonly SlotTable _charGrams;
    private readonly int _charCount;
    private readonly WordTable _words;
    private readonly SlotTable _bigrams;
    private readonly Lazy<Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>> _wordLookup;
    private readonly WordTable _contextWords;
    private readonly int _contextOffset;
    private readonly int _cueOffset;
    private readonly int _labels;

    // Per character and word n-gram slot, ln(documents / documents containing it), as ML.NET's
    // tf-idf weighting computes it; null when the model weighs n-grams by their counts alone.
    private readonly float[]? _idf;

    // Weights slot by slot, the labels of a slot side by side: a feature's weights for all labels
    // are then one cache line, where four label-major arrays cost four misses per feature.
    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly float[] _slope;
    private readonly float[] _offset;

    private LinearScorer(string[] slotNames, int charCount, int wordCount, int contextCount, float[][] weights, float[] bias, float[] slope, float[] offset, float[]? idf)
    {
        SlotNames = slotNames;
        _idf = idf;
        _charCount = charCount;
        _charGrams = new SlotTable(charCount);
        for (var i = 0; i < charCount; i++)
        {
            // A name of another length can never equal four characters of text.
            if (slotNames[i].Length == CharGram)
            {
                _charGrams.Set(SlotTable.Pack(slotNames[i]), i);
            }
        }

        // Only text with a '|' needs the n-grams by spelling: built when first met, not on every cold start.
        _wordLookup = new Lazy<Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>>(() => WordGramsBySpelling(slotNames, charCount, wordCount));
        (_words, _bigrams) = WordsOf(slotNames, charCount, wordCount);
        _contextOffset = charCount + wordCount;
        _contextWords = new WordTable(contextCount);
        for (var i = _contextOffset; i < _contextOffset + contextCount; i++)
        {
            _contextWords.SetSlot(slotNames[i], i);
        }

        _cueOffset = _contextOffset + contextCount;
        _labels = weights.Length;
        _weights = new float[slotNames.Length * _labels];
        for (var l = 0; l < _labels; l++)
        {
            for (var slot = 0; slot < slotNames.Length; slot++)
            {
                _weights[(slot * _labels) + l] = weights[l][slot];
            }
        }


        _bias = bias;
        _slope = slope;
        _offset = offset;
    }

    /// <summary>
    /// The words of the word n-grams, with their unigram slots, and the bigrams ("a|b") by the
    /// numbers of their two words. A name with more than one '|' can only be met in text that has
    /// a '|' itself, which is scored by spelling (see AddWordsBySpelling).
    /// </summary>
    private static (WordTable Words, SlotTable Bigrams) WordsOf(string[] names, int first, int count)
    {
        // Sized for every unigram and both words of every bigram: an upper bound on the distinct
        // words that costs no set of strings to count exactly (a cold start reads 50,000 names).
        int unigrams = 0, bigrams = 0;
        for (var i = first; i < first + count; i++)
        {
            var bar = names[i].IndexOf('|', StringComparison.Ordinal);
            if (bar < 0)
            {
                unigrams++;
            }
            else if (names[i].IndexOf('|', bar + 1) < 0)
            {
                bigrams++;
            }
        }

        var words = new WordTable(unigrams + (2 * bigrams));
        var pairs = new SlotTable(bigrams);
        for (var i = first; i < first + count; i++)
        {
            var name = names[i];
            var bar = name.IndexOf('|', StringComparison.Ordinal);
            if (bar < 0)
            {
                words.SetSlot(name, i);
            }
            else if (name.IndexOf('|', bar + 1) < 0)
            {
                pairs.Set(PairKey(words.Add(name.AsSpan(0, bar)), words.Add(name.AsSpan(bar + 1))), i);
            }
        }

        return (words, pairs);
    }

    private static Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WordGramsBySpelling(string[] names, int first, int count)
    {
        var byName = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = first; i < first + count; i++)
        {
            byName[names[i]] = i;
        }

        // Span lookups: no string is allocated per n-gram while scoring.
        return byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static ulong PairKey(int first, int second) => ((ulong)(uint)first << 32) | (uint)second;

    /// <summary>Raw slot keys: character 4-grams as their 4 characters, word n-grams joined by '|', context words.</summary>
    public string[] SlotNames { get; }

    /// <summary>Index of the first cue slot.</summary>
    public int CueOffset => _cueOffset;

    /// <summary>Whether n-gram counts are weighted by inverse document frequency (a version 2 entry).</summary>
    public bool WeighsByInverseDocumentFrequency => _idf is not null;

    /// <summary>Index of the first context slot.</summary>
    public int ContextOffset => _contextOffset;

    /// <summary>Number of character n-gram slots (they come first).</summary>
    public int CharCount => _charCount;

    /// <summary>Reads the exported form written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The entry is truncated or not of this format.</exception>
    public static LinearScorer Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var magic = reader.ReadString();
        if (magic is not Magic and not IdfMagic)
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

        float[]? idf = null;
        if (magic == IdfMagic)
        {
            var documents = reader.ReadInt32();
            idf = new float[charCount + wordCount];
            for (var i = 0; i < idf.Length; i++)
            {
                idf[i] = InverseDocumentFrequency(documents, reader.Read7BitEncodedInt());
            }
        }

        var labels = LabelSet.All.Count;
        var weights = new float[labels][];
        float[] bias = new float[labels], slope = new float[labels], offset = new float[labels];
        for (var l = 0; l < labels; l++)
        {
            bias[l] = reader.ReadSingle();
            slope[l] = reader.ReadSingle();
            offset[l] = reader.ReadSingle();
            weights[l] = ReadFloats(reader, size);
        }

        return new LinearScorer(names, charCount, wordCount, contextCount, weights, bias, slope, offset, idf);
    }

    /// <summary>ln(documents / frequency) as ML.NET's tf-idf weighting computes it; 0 for an n-gram in no document.</summary>
    public static float InverseDocumentFrequency(int documents, int frequency) =>
        frequency == 0 ? 0f : (float)Math.Log((double)documents / frequency);

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var values = new float[count];
        var bytes = reader.ReadBytes(count * sizeof(float));
        if (bytes.Length != count * sizeof(float))
        {
            throw new InvalidDataException("linear model entry is truncated");
        }

        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return values;
    }

    /// <summary>Writes the exported form; slot keys in feature-vector order (chars, words, context; cues are implied).</summary>
    /// <param name="stream">Where the entry is written.</param>
    /// <param name="charGrams">Character 4-grams, each as its four characters.</param>
    /// <param name="wordGrams">Word n-grams, words joined by '|'.</param>
    /// <param name="contextWords">Words of the previous sentence.</param>
    /// <param name="labels">Per label: bias, Platt slope and offset, and one weight per slot (cues last).</param>
    /// <param name="idf">For tf-idf weighting, the number of training sentences and in how many of them each character and word n-gram slot occurs; null for count weighting.</param>
    public static void Write(Stream stream, IReadOnlyList<string> charGrams, IReadOnlyList<string> wordGrams, IReadOnlyList<string> contextWords, IReadOnlyList<(float Bias, float Slope, float Offset, IReadOnlyList<float> Weights)> labels, (int Documents, IReadOnlyList<int> Frequencies)? idf = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (idf is { Frequencies.Count: var count } && count != charGrams.Count + wordGrams.Count)
        {
            throw new ArgumentException($"{count} document frequencies for {charGrams.Count + wordGrams.Count} n-gram slots", nameof(idf));
        }

        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(idf is null ? Magic : IdfMagic);
        writer.Write(charGrams.Count);
        writer.Write(wordGrams.Count);
        writer.Write(contextWords.Count);
        writer.Write(ModelInput.CueVectorLength);
        foreach (var name in charGrams.Concat(wordGrams).Concat(contextWords))
        {
            writer.Write(name);
        }

        if (idf is var (documents, frequencies))
        {
            writer.Write(documents);
            foreach (var frequency in frequencies)
            {
                writer.Write7BitEncodedInt(frequency);
            }
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
        var scratch = Scratch.For(SlotNames.Length);
        var vector = features ?? scratch.Vector;
        vector.Clear();
        AddTextFeatures(row.Text, scratch, vector);
        AddContextFeatures(row.Context, scratch, vector);
        for (var i = 0; i < row.Cues.Length; i++)
        {
            if (row.Cues[i] != 0)
            {
                vector.Add((_cueOffset + i, row.Cues[i]));
            }
        }

        // Each label's sum runs over the features in the same order as ever: the same doubles.
        Span<double> scores = stackalloc double[_labels];
        for (var l = 0; l < _labels; l++)
        {
            scores[l] = _bias[l];
        }

        var weights = _weights;
        foreach (var (slot, value) in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(vector))
        {
            var at = slot * _labels;
            for (var l = 0; l < scores.Length; l++)
            {
                scores[l] += weights[at + l] * value;
            }
        }

        var probabilities = new float[_labels];
        for (var l = 0; l < _labels; l++)
        {
            probabilities[l] = (float)(1.0 / (1.0 + Math.Exp((_slope[l] * scores[l]) + _offset[l])));
        }

        return probabilities;
    }

    /// <summary>
    /// In how many of <paramref name="texts"/> each character and word n-gram slot occurs: what
    /// ML.NET's tf-idf weighting counts while fitting, so an exporter can give this scorer the same
    /// inverse document frequencies without reading ML.NET's internals.
    /// </summary>
    public int[] DocumentFrequencies(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var frequencies = new int[_contextOffset];
        var scratch = Scratch.For(SlotNames.Length);
        var vector = new List<(int Slot, float Value)>();
        foreach (var text in texts)
        {
            vector.Clear();
            AddTextFeatures(text, scratch, vector, counts: true);
            foreach (var (slot, _) in vector)
            {
                frequencies[slot]++;
            }
        }

        return frequencies;
    }

    /// <summary>The weight of a slot for a label.</summary>
    public float Weight(StanceLabel label, int slot) => _weights[(slot * _labels) + (int)label];

    private void AddTextFeatures(string text, Scratch scratch, List<(int Slot, float Value)> vector, bool counts = false)
    {
        var idf = counts ? null : _idf;
        // The text between a start and an end mark, as ML.NET's character n-grams see it.
        var length = text.Length + 2;
        var key = SlotTable.Push(SlotTable.Push(SlotTable.Push(0, Start), At(text, 0)), At(text, 1));
        for (var i = CharGram - 1; i < length; i++)
        {
            key = SlotTable.Push(key, i == length - 1 ? End : text[i - 1]);
            var slot = _charGrams.Find(key);
            if (slot >= 0)
            {
                scratch.Count(slot);
            }
        }

        // ML.NET's text featurizer normalises the character bag and the word bag each on its own.
        scratch.MoveNormalized(vector, idf);
        if (text.Contains('|', StringComparison.Ordinal))
        {
            AddWordsBySpelling(text, scratch, _wordLookup.Value);
        }
        else
        {
            // Unigram then bigram, word by word: the order in which the vector lists them.
            var previous = -1;
            foreach (var range in text.AsSpan().Split(' '))
            {
                var token = text.AsSpan()[range];
                if (token.Length == 0)
                {
                    continue;
                }

                var number = _words.Find(token, out var unigram);
                if (unigram >= 0)
                {
                    scratch.Count(unigram);
                }

                // A word in no n-gram (-1) is in no bigram either.
                if (previous >= 0 && number >= 0 && _bigrams.Find(PairKey(previous, number)) is var slot and >= 0)
                {
                    scratch.Count(slot);
                }

                previous = number;
            }
        }

        scratch.MoveNormalized(vector, idf);
    }

    // Text with a '|' (never normalised text, whose words are letters and digits) could form the
    // joined name of a bigram out of one word: it is looked up by the joined spelling, as ever.
    private static void AddWordsBySpelling(string text, Scratch scratch, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> wordLookup)
    {
        var bigram = scratch.Buffer(text.Length + 1);
        var previousStart = -1;
        var previousLength = 0;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var (start, tokenLength) = range.GetOffsetAndLength(text.Length);
            if (tokenLength == 0)
            {
                continue;
            }

            var token = text.AsSpan(start, tokenLength);
            if (wordLookup.TryGetValue(token, out var unigram))
            {
                scratch.Count(unigram);
            }

            if (previousStart >= 0)
            {
                text.AsSpan(previousStart, previousLength).CopyTo(bigram);
                bigram[previousLength] = '|';
                token.CopyTo(bigram[(previousLength + 1)..]);
                if (wordLookup.TryGetValue(bigram[..(previousLength + 1 + tokenLength)], out var slot))
                {
                    scratch.Count(slot);
                }
            }

            previousStart = start;
            previousLength = tokenLength;
        }
    }

    // Characters of the marked text before the first full gram: texts shorter than two
    // characters are padded with the end mark, and the grams that would read past it are never
    // looked up (the loop starts at the first gram that ends inside the marked text).
    private static char At(string text, int index) => index < text.Length ? text[index] : End;

    private void AddContextFeatures(string context, Scratch scratch, List<(int Slot, float Value)> vector)
    {
        // The context featurizer drops digits (KeepNumbers = false): "1990s" counts as "s".
        var stripped = scratch.Buffer(context.Length);
        foreach (var range in context.AsSpan().Split(' '))
        {
            var length = 0;
            foreach (var c in context.AsSpan()[range])
            {
                if (!char.IsDigit(c))
                {
                    stripped[length++] = c;
                }
            }

            if (length > 0 && _contextWords.Find(stripped[..length], out var slot) >= 0 && slot >= 0)
            {
                scratch.Count(slot);
            }
        }

        scratch.MoveNormalized(vector, null);
    }

    /// <summary>
    /// One thread's working memory, reused sentence after sentence: scoring allocates no table
    /// per sentence. Counts are kept per slot in a dense array, and the slots counted in the order
    /// first seen, the order in which the feature vector lists them.
    /// </summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? t_current;

        private readonly List<int> _order = new(256);
        private float[] _counts = [];
        private char[] _buffer = new char[256];

        public List<(int Slot, float Value)> Vector { get; } = new(512);

        public static Scratch For(int slots)
        {
            var scratch = t_current ??= new Scratch();
            if (scratch._counts.Length < slots)
            {
                scratch._counts = new float[slots];
            }

            return scratch;
        }

        public Span<char> Buffer(int length)
        {
            if (_buffer.Length < length)
            {
                _buffer = new char[Math.Max(length, _buffer.Length * 2)];
            }

            return _buffer.AsSpan(0, length);
        }

        public void Count(int slot)
        {
            ref var count = ref _counts[slot];
            if (count == 0)
            {
                _order.Add(slot);
            }

            count++;
        }

        /// <summary>
        /// Appends the counted slots, each weighted by its inverse document frequency when
        /// <paramref name="idf"/> is given, L2-normalised, to <paramref name="vector"/> and clears the counts.
        /// </summary>
        public void MoveNormalized(List<(int Slot, float Value)> vector, float[]? idf)
        {
            if (idf is not null)
            {
                foreach (var slot in _order)
                {
                    _counts[slot] *= idf[slot];
                }
            }

            double sum = 0;
            foreach (var slot in _order)
            {
                var c = _counts[slot];
                sum += c * c;
            }

            if (sum != 0)
            {
                var scale = (float)(1 / Math.Sqrt(sum));
                foreach (var slot in _order)
                {
                    // An n-gram in every training sentence weighs nothing under tf-idf.
                    if (_counts[slot] != 0)
                    {
                        vector.Add((slot, _counts[slot] * scale));
                    }
                }
            }

            foreach (var slot in _order)
            {
                _counts[slot] = 0;
            }

            _order.Clear();
        }
    }
}
