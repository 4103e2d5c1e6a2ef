using Microsoft.ML;
using Stance.Model.Features;
using Stance.Model.Scoring;

namespace Stance.Training.Pipeline;

/// <summary>Fits the pipeline on examples and predicts probabilities with the fitted transformer.</summary>
internal static class ClassifierSet
{
    public static ITransformer Fit(MLContext ml, IReadOnlyList<LabeledExample> training, FeaturizerOptions featurizer, TrainerKind trainer, TrainerSettings settings)
    {
        var data = ml.Data.LoadFromEnumerable(training);
        return PipelineFactory.Fit(ml, data, featurizer, trainer, settings);
    }

    /// <summary>Probabilities per example, in label order.</summary>
    public static float[][] Predict(MLContext ml, ITransformer model, IReadOnlyList<LabeledExample> examples)
    {
        var inputs = examples.Select(e => new ModelInput { Text = e.Text, Context = e.Context, Cues = e.Cues });
        var output = model.Transform(ml.Data.LoadFromEnumerable(inputs));
        return ml.Data.CreateEnumerable<ProbabilityRow>(output, reuseRowObject: false)
            .Select(o => new[] { o.p_accuse, o.p_deny, o.p_deflect, o.p_cite_evidence })
            .ToArray();
    }

    /// <summary>Reads the probability columns (names fixed by <see cref="ModelColumns"/>).</summary>
    private sealed class ProbabilityRow
    {
#pragma warning disable IDE1006, CA1707 // names are the model's column names
        public float p_accuse { get; set; }

        public float p_deny { get; set; }

        public float p_deflect { get; set; }

        public float p_cite_evidence { get; set; }
#pragma warning restore IDE1006, CA1707
    }
}
