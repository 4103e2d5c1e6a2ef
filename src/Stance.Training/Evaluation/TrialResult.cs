namespace Stance.Training.Evaluation;

/// <summary>One configuration tried by <see cref="StanceTrainer"/>: what it is and how it scored.</summary>
/// <param name="Name">Short name.</param>
/// <param name="Description">What differs from the shipped configuration.</param>
/// <param name="RealCrossValidation">Macro-F1 over the real training sentences, article-grouped CV.</param>
/// <param name="DevReal">Macro-F1 on the real dev set (null when it was not evaluated).</param>
/// <param name="DevRealPerLabel">F1 per label on the dev set, in canonical order (empty when not evaluated).</param>
/// <param name="Seconds">Wall time of the trial.</param>
public sealed record TrialResult(string Name, string Description, double RealCrossValidation, double? DevReal, IReadOnlyList<double> DevRealPerLabel, double Seconds);
