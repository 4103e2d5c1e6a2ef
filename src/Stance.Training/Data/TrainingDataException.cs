namespace Stance.Training.Data;

/// <summary>
/// Thrown when the labeled data, though well-formed, cannot train a model: too few articles for
/// the folds, or a fold whose training articles hold no sentence that counts.
/// </summary>
public sealed class TrainingDataException(string message) : Exception(message);
