namespace Stance.Training.Pipeline;

/// <summary>One way to build the model: what a training trial varies. The defaults are the shipped model's.</summary>
public sealed record ModelConfiguration
{
    /// <summary>A short name for reports.</summary>
    public string Name { get; init; } = "shipped";

    /// <summary>The learner of the first pass.</summary>
    public TrainerKind Trainer { get; init; } = TrainerKind.Lbfgs;

    /// <summary>How much each source of labels counts, per label.</summary>
    public SourceWeights Weights { get; init; } = SourceWeights.Uniform;

    /// <summary>
    /// Extra weight of a label's positive sentences in the first pass (canonical order), or null
    /// for none: a rare label's few positives otherwise barely move its classifier.
    /// </summary>
    public IReadOnlyList<float>? PositiveWeights { get; init; }

    /// <summary>Adds the second pass over the neighbouring sentences' first-pass probabilities.</summary>
    public bool ContextPass { get; init; } = true;

    /// <summary>Sources whose out-of-fold predictions the thresholds are tuned on (all sources when empty or absent from the data).</summary>
    public IReadOnlyList<string> ThresholdSources { get; init; } = ["real"];

    /// <summary>
    /// When set, thresholds are tuned only on sentences of articles chosen this way (e.g. "random":
    /// the base rates users meet, not those of sentences picked for being hard).
    /// </summary>
    public string? ThresholdSelection { get; init; }

    /// <summary>Featurizer settings.</summary>
    public FeaturizerOptions Featurizer { get; init; } = new();

    /// <summary>Trainer hyper-parameters.</summary>
    public TrainerSettings Settings { get; init; } = new();

    /// <summary>Fits the second pass as boosted trees (interactions of cues and neighbours) instead of a logistic regression.</summary>
    public bool ContextTrees { get; init; }

    /// <summary>L2 regularisation of the second pass.</summary>
    public float ContextL2 { get; init; } = 1f;
}
