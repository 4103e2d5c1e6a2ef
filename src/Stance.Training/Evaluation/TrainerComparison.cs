namespace Stance.Training.Evaluation;

/// <summary>One candidate trainer's cross-validated result.</summary>
public sealed record TrainerComparison(string Trainer, double MacroF1, double MicroF1, double Seconds);
