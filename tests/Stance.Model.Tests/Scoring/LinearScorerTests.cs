using Stance.Model.Features;
using Stance.Model.Scoring;

namespace Stance.Model.Tests.Scoring;

/// <summary>The exported linear form: count and tf-idf weighting, read back as written.</summary>
public sealed class LinearScorerTests
{
    private static readonly string[] Words = ["army", "denied", "army|denied"];

    [Fact]
    public void Count_weighted_entry_normalises_the_word_counts()
    {
        var features = FeaturesOf(Write(idf: null), "army denied");
        Assert.Equal(3, features.Count);
        Assert.All(features, f => Assert.Equal(1 / MathF.Sqrt(3), f.Value, 1e-6f));
    }

    [Fact]
    public void Tf_idf_entry_weights_each_n_gram_by_its_inverse_document_frequency_before_normalising()
    {
        // Of 9 training sentences "army" is in 3 (idf ln 3), "denied" in 1 (ln 9 = 2 ln 3) and the
        // bigram in all 9 (idf 0: it weighs nothing and is left out).
        var scorer = Read(Write(idf: (9, [3, 1, 9])));
        Assert.True(scorer.WeighsByInverseDocumentFrequency);
        var features = FeaturesOf(scorer, "army denied");
        Assert.Equal([(0, 1 / MathF.Sqrt(5)), (1, 2 / MathF.Sqrt(5))], features, new ToleranceComparer());
    }

    [Theory]
    [InlineData(9, 3, 1.0986123f)]
    [InlineData(9, 9, 0f)]
    [InlineData(9, 0, 0f)]
    public void Inverse_document_frequency_is_the_natural_log_of_documents_over_frequency(int documents, int frequency, float expected) =>
        Assert.Equal(expected, LinearScorer.InverseDocumentFrequency(documents, frequency), 1e-6f);

    [Fact]
    public void Document_frequencies_count_each_sentence_once_per_n_gram()
    {
        var scorer = Read(Write(idf: null));
        Assert.Equal([2, 1, 1], scorer.DocumentFrequencies(["army army", "army denied", "the ministry"]));
    }

    [Fact]
    public void Idf_of_the_wrong_length_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Write(idf: (9, [1])));
    }

    private static byte[] Write((int Documents, IReadOnlyList<int> Frequencies)? idf)
    {
        using var stream = new MemoryStream();
        var weights = new float[Words.Length + ModelInput.CueVectorLength];
        LinearScorer.Write(stream, [], Words, [], [.. Enumerable.Repeat((0f, -1f, 0f, (IReadOnlyList<float>)weights), 4)], idf);
        return stream.ToArray();
    }

    private static LinearScorer Read(byte[] bytes) => LinearScorer.Read(new MemoryStream(bytes));

    private static List<(int Slot, float Value)> FeaturesOf(byte[] bytes, string text) => FeaturesOf(Read(bytes), text);

    private static List<(int Slot, float Value)> FeaturesOf(LinearScorer scorer, string text)
    {
        var features = new List<(int Slot, float Value)>();
        scorer.Predict(new ModelInput { Text = text }, features);
        return features;
    }

    private sealed class ToleranceComparer : IEqualityComparer<(int Slot, float Value)>
    {
        public bool Equals((int Slot, float Value) x, (int Slot, float Value) y) => x.Slot == y.Slot && Math.Abs(x.Value - y.Value) < 1e-5;

        public int GetHashCode((int Slot, float Value) obj) => obj.Slot;
    }
}
