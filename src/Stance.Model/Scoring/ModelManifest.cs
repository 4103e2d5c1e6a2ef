using System.Text.Json.Serialization;

namespace Stance.Model.Scoring;

/// <summary>
/// What a Stance model file says about itself; stored inside the model file as <c>stance/manifest.json</c>.
/// Loading refuses a file whose manifest is missing, from another format version, or made for
/// other labels, features or cue lexicons.
/// </summary>
public sealed class ModelManifest
{
    /// <summary>The format this build reads and writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Name of the manifest entry inside the model zip.</summary>
    public const string EntryName = "stance/manifest.json";

    /// <summary>Format version of the file.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The labels, in canonical order.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Probability threshold per label name.</summary>
    public IReadOnlyDictionary<string, double> Thresholds { get; init; } = new Dictionary<string, double>();

    /// <summary>Trainer that produced the classifiers (e.g. sdca, lbfgs, fasttree).</summary>
    public string Trainer { get; init; } = string.Empty;

    /// <summary>Featurizer settings, as name=value pairs, for the record.</summary>
    public IReadOnlyDictionary<string, string> Featurizer { get; init; } = new Dictionary<string, string>();

    /// <summary>Length of the <see cref="Features.ModelInput.Cues"/> vector the model expects.</summary>
    public int CueVectorLength { get; init; }

    /// <summary>SHA-256 of the cue lexicons the model was trained with.</summary>
    public string LexiconHash { get; init; } = string.Empty;

    /// <summary>Seed used for training.</summary>
    public int Seed { get; init; }

    /// <summary>Training files (repository-relative) and their SHA-256.</summary>
    public IReadOnlyList<TrainingFile> TrainingFiles { get; init; } = [];

    /// <summary>Headline cross-validated metrics, e.g. "seed+authored macro-F1".</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();

    /// <summary>When the model was trained (UTC, ISO 8601).</summary>
    public string TrainedAt { get; init; } = string.Empty;

    /// <summary>Version of Stance that trained the model.</summary>
    [JsonPropertyName("stanceVersion")]
    public string StanceVersion { get; init; } = string.Empty;
}
