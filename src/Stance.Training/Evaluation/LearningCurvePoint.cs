namespace Stance.Training.Evaluation;

/// <summary>Cross-validated macro-F1 when training on a share of the training articles.</summary>
public sealed record LearningCurvePoint(double Fraction, int TrainingArticles, double MacroF1);
