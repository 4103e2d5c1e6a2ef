using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Stance.Model.Features;
using Stance.Model.Labels;
using Stance.Model.Scoring;

namespace Stance.Training.Pipeline;

/// <summary>
/// Fits the second pass (<see cref="ContextModel"/>): per label, an L-BFGS logistic regression on
/// <see cref="ContextFeatures"/> built from out-of-fold first-pass probabilities, so the second
/// pass learns how much to trust first-pass outputs as they will be on unseen text.
/// </summary>
internal static class ContextStacker
{
    /// <summary>Fits on the labeled rows given: their context features, gold labels and per-label weights.</summary>
    public static ContextModel Fit(MLContext ml, IReadOnlyList<(float[] Features, LabelSet Gold, float[] Weights)> rows, float l2, bool trees = false)
    {
        if (trees)
        {
            return FitTrees(ml, rows);
        }

        var weights = new float[LabelSet.All.Count][];
        var bias = new float[LabelSet.All.Count];
        foreach (var label in LabelSet.All)
        {
            var l = (int)label;
            var data = ml.Data.LoadFromEnumerable(rows.Select(r => new Row { Features = r.Features, Label = r.Gold.Contains(label), Weight = r.Weights[l] }));
            var model = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                NumberOfThreads = 1,
                L2Regularization = l2,
                ExampleWeightColumnName = nameof(Row.Weight),
                OptimizationTolerance = 1e-6f,
            }).Fit(data).Model;
            // Folded into one logistic function: p = 1 / (1 + exp(slope * (w.x + b) + offset)).
            var calibrated = (CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>)(object)model;
            var slope = (float)calibrated.Calibrator.Slope;
            var offset = (float)calibrated.Calibrator.Offset;
            weights[l] = [.. calibrated.SubModel.Weights.Select(w => -slope * w)];
            bias[l] = (-slope * calibrated.SubModel.Bias) - offset;
        }

        return new ContextModel(weights, bias);
    }

    /// <summary>Boosted trees per label; the Platt calibration is folded into the leaf values and bias.</summary>
    private static ContextModel FitTrees(MLContext ml, IReadOnlyList<(float[] Features, LabelSet Gold, float[] Weights)> rows)
    {
        var weights = new float[LabelSet.All.Count][];
        var bias = new float[LabelSet.All.Count];
        var trees = new List<IReadOnlyList<ContextTree>>();
        foreach (var label in LabelSet.All)
        {
            var l = (int)label;
            var data = ml.Data.LoadFromEnumerable(rows.Select(r => new Row { Features = r.Features, Label = r.Gold.Contains(label), Weight = r.Weights[l] }));
            var model = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                NumberOfThreads = 1,
                ExampleWeightColumnName = nameof(Row.Weight),
                NumberOfTrees = 100,
                NumberOfLeaves = 8,
                MinimumExampleCountPerLeaf = 20,
                LearningRate = 0.1,
                FeatureFraction = 1.0,
            }).Fit(data).Model;
            var calibrated = (CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>)(object)model;
            var slope = (float)calibrated.Calibrator.Slope;
            var ensemble = calibrated.SubModel.TrainedTreeEnsemble;
            trees.Add([.. ensemble.Trees.Select((tree, t) => new ContextTree(
                [.. tree.NumericalSplitFeatureIndexes],
                [.. tree.NumericalSplitThresholds],
                [.. tree.LeftChild],
                [.. tree.RightChild],
                [.. tree.LeafValues.Select(v => (float)(-slope * ensemble.TreeWeights[t] * v))]))]);
            weights[l] = new float[ContextFeatures.Count];
            bias[l] = (float)((-slope * ensemble.Bias) - calibrated.Calibrator.Offset);
        }

        return new ContextModel(weights, bias, trees);
    }

    private sealed class Row
    {
        [VectorType(ContextFeatures.Count)]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }

        public float Weight { get; set; }
    }
}
