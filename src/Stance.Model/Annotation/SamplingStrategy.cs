namespace Stance.Model.Annotation;

/// <summary>How <see cref="QueueBuilder"/> picks sentences to label.</summary>
public enum SamplingStrategy
{
    /// <summary>Whole articles in a seeded random order: true base rates, context intact.</summary>
    Random,

    /// <summary>Sentences whose probabilities sit nearest the model's thresholds, at most a few per article.</summary>
    Uncertain,

    /// <summary>Half the sentences as <see cref="Random"/>, half as <see cref="Uncertain"/> from other articles.</summary>
    Mixed,
}
