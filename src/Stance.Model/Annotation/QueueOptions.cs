namespace Stance.Model.Annotation;

/// <summary>What <see cref="QueueBuilder"/> builds; the defaults suit a first round of labeling.</summary>
public sealed class QueueOptions
{
    /// <summary>How article files are decoded.</summary>
    public Input.TextEncoding Encoding { get; init; } = Input.TextEncoding.Utf8;

    /// <summary>Sentences wanted (random sampling stops after the article that reaches it).</summary>
    public int Count { get; init; } = 200;

    /// <summary>The sampling strategy.</summary>
    public SamplingStrategy Strategy { get; init; } = SamplingStrategy.Mixed;

    /// <summary>Most sentences taken from one article by uncertainty sampling.</summary>
    public int PerArticle { get; init; } = 3;

    /// <summary>Seed of the random article order; the same seed and files give the same queue.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>
    /// The labels whose thresholds uncertainty is measured against; empty means all. Focusing on
    /// a rare label (deflect) finds its borderline cases, positives among them, far faster.
    /// </summary>
    public IReadOnlyList<Labels.StanceLabel> Focus { get; init; } = [];

    /// <summary>Articles never sampled (e.g. a dev set, or articles already labeled).</summary>
    public ExclusionList Exclude { get; init; } = ExclusionList.Empty;

    /// <summary>Most articles scored at once.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}
