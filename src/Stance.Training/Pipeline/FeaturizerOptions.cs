namespace Stance.Training.Pipeline;

/// <summary>How sentences become feature vectors. Vocabulary caps keep the model small and fast.</summary>
public sealed record FeaturizerOptions
{
    /// <summary>Longest word n-gram of the sentence (1 = words, 2 = word pairs).</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Most word n-grams kept (the most frequent in training).</summary>
    public int MaxWordNgrams { get; init; } = 30000;

    /// <summary>Character n-gram length (0 turns character n-grams off).</summary>
    public int CharNgramLength { get; init; } = 4;

    /// <summary>Most character n-grams kept.</summary>
    public int MaxCharNgrams { get; init; } = 30000;

    /// <summary>Weights n-grams by inverse document frequency (rarer n-grams count more) before normalising.</summary>
    public bool InverseDocumentFrequency { get; init; }

    /// <summary>Most words of the previous sentence kept as context features.</summary>
    public int MaxContextWords { get; init; } = 3000;

    /// <summary>
    /// How many times the cue-lexicon vector enters the feature vector. Repeating it weakens its
    /// regularisation relative to the thousands of n-gram weights, so the hand-made cues, which
    /// transfer best to unseen outlets, keep their say.
    /// </summary>
    public int CueRepeat { get; init; } = 1;

    /// <summary>
    /// A smaller vocabulary for tree learners, which pay per feature for binning and split search
    /// (FastTree on the full sparse vocabulary takes minutes per fold).
    /// </summary>
    public FeaturizerOptions Compact() => new()
    {
        WordNgramLength = WordNgramLength,
        MaxWordNgrams = Math.Min(MaxWordNgrams, 3000),
        CharNgramLength = 0,
        MaxCharNgrams = 0,
        InverseDocumentFrequency = InverseDocumentFrequency,
        MaxContextWords = Math.Min(MaxContextWords, 500),
        CueRepeat = 1,
    };

    /// <summary>The settings as name=value pairs, for the model manifest.</summary>
    public IReadOnlyDictionary<string, string> Describe() => new Dictionary<string, string>
    {
        ["wordNgramLength"] = WordNgramLength.ToString(),
        ["maxWordNgrams"] = MaxWordNgrams.ToString(),
        ["charNgramLength"] = CharNgramLength.ToString(),
        ["maxCharNgrams"] = MaxCharNgrams.ToString(),
        ["maxContextWords"] = MaxContextWords.ToString(),
        ["cueRepeat"] = CueRepeat.ToString(),
        ["weighting"] = InverseDocumentFrequency ? "tf-idf" : "tf",
        ["normalization"] = "lowercase, apostrophes and punctuation removed (TextNormalizer)",
    };
}
