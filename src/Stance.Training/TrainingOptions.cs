using Stance.Training.Pipeline;

namespace Stance.Training;

/// <summary>Everything <see cref="StanceTrainer"/> needs; the defaults rebuild the shipped model.</summary>
public sealed class TrainingOptions
{
    /// <summary>Labeled sentence files to train on (LABELS.md format).</summary>
    public IReadOnlyList<string> DataFiles { get; init; } = [];

    /// <summary>Root against which training file paths are recorded in the manifest (the repository).</summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>The real-text dev set (corpus_file, start, end, labels), or null.</summary>
    public string? DevSetFile { get; init; }

    /// <summary>Where the dev set's corpus files live (../shared/corpora).</summary>
    public string? CorpusRoot { get; init; }

    /// <summary>Where to write the model file; the evaluation JSON goes beside it.</summary>
    public string OutputPath { get; init; } = "stance-model.zip";

    /// <summary>The trainer, or null to compare <see cref="CandidateTrainers"/> and keep the best.</summary>
    public TrainerKind? Trainer { get; init; }

    /// <summary>Trainers compared when <see cref="Trainer"/> is null.</summary>
    public IReadOnlyList<TrainerKind> CandidateTrainers { get; init; } = [TrainerKind.Sdca, TrainerKind.Lbfgs, TrainerKind.FastTree];

    /// <summary>Seed of everything random: folds, trainers.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Number of article-grouped cross-validation folds.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Shares of the training articles for the learning curve.</summary>
    public IReadOnlyList<double> LearningCurve { get; init; } = [0.25, 0.5, 0.75, 1.0];

    /// <summary>Featurizer settings.</summary>
    public FeaturizerOptions Featurizer { get; init; } = new();

    /// <summary>Trainer hyper-parameters.</summary>
    public TrainerSettings TrainerSettings { get; init; } = new();

    /// <summary>Most folds trained at once (each fold is single-threaded).</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Provenance value of the seed articles (the real-article transfer test set).</summary>
    public string SeedProvenance { get; init; } = "seed";
}
