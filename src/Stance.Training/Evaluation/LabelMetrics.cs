namespace Stance.Training.Evaluation;

/// <summary>Precision, recall, F1 and support of one label.</summary>
public sealed record LabelMetrics(string Label, double Precision, double Recall, double F1, int Support, int TruePositives, int FalsePositives, int FalseNegatives);
