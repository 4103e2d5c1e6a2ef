using Microsoft.ML;
using Stance.Model.Scoring;

namespace Stance.Training.Pipeline;

/// <summary>A configuration fitted on all training data: the first pass, the optional second pass and the thresholds.</summary>
internal sealed record FittedModel(MLContext Ml, ITransformer FirstPass, ContextModel? Context, double[] Thresholds);
