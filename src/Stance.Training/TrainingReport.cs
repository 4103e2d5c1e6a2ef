using Stance.Training.Evaluation;

namespace Stance.Training;

/// <summary>What <see cref="StanceTrainer"/> measured and produced.</summary>
public sealed record TrainingReport
{
    /// <summary>Every system in every setting: Stance and the baselines.</summary>
    public required IReadOnlyList<EvaluationResult> Evaluations { get; init; }

    /// <summary>The shipped configuration first, then every trial, as measured.</summary>
    public required IReadOnlyList<TrialResult> Trials { get; init; }

    /// <summary>The shipped configuration, described.</summary>
    public required string Configuration { get; init; }

    /// <summary>Real-text cross-validated macro-F1 at growing shares of the real training articles.</summary>
    public required IReadOnlyList<LearningCurvePoint> LearningCurve { get; init; }

    /// <summary>Predicted label shares per corpus folder beside the dev set's gold shares.</summary>
    public required IReadOnlyList<LabelRate> LabelRates { get; init; }

    /// <summary>The shipped thresholds, per label name.</summary>
    public required IReadOnlyDictionary<string, double> Thresholds { get; init; }

    /// <summary>Labeled training sentences per source (seed, authored, real).</summary>
    public required IReadOnlyDictionary<string, int> SentencesBySource { get; init; }

    /// <summary>Labeled training sentences.</summary>
    public required int Sentences { get; init; }

    /// <summary>Number of training articles.</summary>
    public required int Articles { get; init; }

    /// <summary>Why the dev set was not evaluated, or null when it was.</summary>
    public string? DevSetSkipped { get; init; }

    /// <summary>Where the model was written.</summary>
    public required string ModelPath { get; init; }

    /// <summary>Size of the model file in bytes.</summary>
    public required long ModelBytes { get; init; }

    /// <summary>Time to load the written model back in this (warm) process, in milliseconds.</summary>
    public required double LoadMilliseconds { get; init; }

    /// <summary>Largest probability difference between the ML.NET pipeline and the written model's scorer.</summary>
    public required double ScorerDifference { get; init; }

    /// <summary>Wall time of the whole run.</summary>
    public required double Seconds { get; init; }
}
