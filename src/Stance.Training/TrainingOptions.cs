using Stance.Training.Pipeline;

namespace Stance.Training;

/// <summary>Everything <see cref="StanceTrainer"/> needs; the defaults rebuild the shipped model.</summary>
public sealed class TrainingOptions
{
    /// <summary>Labeled sentence files to train on (LABELS.md format; rows may point into a corpus instead of holding text).</summary>
    public IReadOnlyList<string> DataFiles { get; init; } = [];

    /// <summary>Root against which training file paths are recorded in the manifest (the repository).</summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>The real-text dev set, never trained on, or null.</summary>
    public string? DevSetFile { get; init; }

    /// <summary>A corpus folder to resolve every reference against, instead of the folder each labeled file names; null keeps theirs.</summary>
    public string? CorpusRoot { get; init; }

    /// <summary>Corpus folders whose predicted label shares the report gives beside the dev set's gold shares (e.g. ../shared/corpora/fakes-syria).</summary>
    public IReadOnlyList<string> RateFolders { get; init; } = [];

    /// <summary>Where to write the model file; the evaluation JSON goes beside it.</summary>
    public string OutputPath { get; init; } = "stance-model.zip";

    /// <summary>The configuration the model is built with.</summary>
    public ModelConfiguration Model { get; init; } = new();

    /// <summary>
    /// Other configurations measured beside <see cref="Model"/> (reported, never shipped): the
    /// evidence for each choice the shipped configuration makes.
    /// </summary>
    public IReadOnlyList<ModelConfiguration> Trials { get; init; } = [];

    /// <summary>Seed of everything random: folds, trainers.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Number of article-grouped cross-validation folds.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Shares of the real training articles for the learning curve (the full set is always measured).</summary>
    public IReadOnlyList<double> LearningCurve { get; init; } = [0.25, 0.5];

    /// <summary>Most folds trained at once (each fold is single-threaded).</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}
