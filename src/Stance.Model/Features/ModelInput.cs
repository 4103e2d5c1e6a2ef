using Microsoft.ML.Data;

namespace Stance.Model.Features;

/// <summary>
/// One sentence as the model sees it: the input schema of every Stance model.
/// Built by <see cref="ModelInputBuilder"/> only, so training and scoring cannot drift apart.
/// </summary>
public sealed class ModelInput
{
    /// <summary>Size of <see cref="Cues"/>: the cue groups of the sentence, of the sentence before and after, and layout features.</summary>
    public const int CueVectorLength = 30;

    /// <summary>The sentence, normalised (<see cref="Text.TextNormalizer"/>).</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The sentence before, normalised; empty for the first sentence.</summary>
    public string Context { get; set; } = string.Empty;

    /// <summary>Cue-lexicon and layout features.</summary>
    [VectorType(CueVectorLength)]
    public float[] Cues { get; set; } = new float[CueVectorLength];
}
