namespace Stance.Training.Evaluation;

/// <summary>Multi-label quality of one system in one setting.</summary>
/// <param name="Setting">What was evaluated, e.g. "seed+authored, 5-fold grouped CV".</param>
/// <param name="System">Which system, e.g. "stance (sdca)", "always-none", "cue rules".</param>
/// <param name="Sentences">Number of test sentences.</param>
/// <param name="PerLabel">Per-label metrics in canonical label order.</param>
/// <param name="MacroF1">Mean F1 over the four labels: the headline figure.</param>
/// <param name="MicroF1">F1 over all label decisions pooled.</param>
/// <param name="ExactMatch">Share of sentences whose whole label set is right.</param>
public sealed record EvaluationResult(string Setting, string System, int Sentences, IReadOnlyList<LabelMetrics> PerLabel, double MacroF1, double MicroF1, double ExactMatch);
