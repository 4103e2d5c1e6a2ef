using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Stance.Model.Features;
using Stance.Model.Scoring;

namespace Stance.Training.Packaging;

/// <summary>
/// Exports a fitted pipeline with linear, Platt-calibrated classifiers into the compact form
/// <see cref="StanceModel"/> scores with without loading ML.NET. Returns null for other models
/// (e.g. FastTree), which then run through ML.NET.
/// </summary>
internal static class LinearExporter
{
    private const string CharPrefix = "TextFeatures.Char.";
    private const string WordPrefix = "TextFeatures.Word.";
    private const string ContextPrefix = "ContextFeatures.";

    public static byte[]? TryExport(MLContext ml, ITransformer model)
    {
        if (model is not TransformerChain<ITransformer> chain)
        {
            return null;
        }

        var labels = new List<(float, float, float, IReadOnlyList<float>)>();
        foreach (var predictor in chain.OfType<ISingleFeaturePredictionTransformer<object>>())
        {
            if (predictor.Model is not CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> calibrated)
            {
                return null;
            }

            labels.Add((calibrated.SubModel.Bias, (float)calibrated.Calibrator.Slope, (float)calibrated.Calibrator.Offset, calibrated.SubModel.Weights));
        }

        var schema = chain.First().GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<ModelInput>()).Schema);
        VBuffer<ReadOnlyMemory<char>> names = default;
        schema["Features"].GetSlotNames(ref names);
        var slots = names.DenseValues().Select(n => n.ToString()).ToArray();
        var chars = new List<string>();
        var words = new List<string>();
        var context = new List<string>();
        var cueStart = slots.Length - ModelInput.CueVectorLength;
        for (var i = 0; i < cueStart; i++)
        {
            var name = slots[i];
            var (list, prefix, stage) = name.StartsWith(CharPrefix, StringComparison.Ordinal) ? (chars, CharPrefix, 0)
                : name.StartsWith(WordPrefix, StringComparison.Ordinal) ? (words, WordPrefix, 1)
                : name.StartsWith(ContextPrefix, StringComparison.Ordinal) ? (context, ContextPrefix, 2)
                : throw new InvalidOperationException($"unexpected feature slot '{name}' at {i}");

            // The scorer relies on the blocks being contiguous and in this order.
            if ((stage == 0 && (words.Count > 0 || context.Count > 0)) || (stage == 1 && context.Count > 0))
            {
                throw new InvalidOperationException($"feature slot '{name}' at {i} is out of order");
            }

            var key = name[prefix.Length..];
            list.Add(stage == 0 ? CharGram(key) : key);
        }

        using var stream = new MemoryStream();
        LinearScorer.Write(stream, chars, words, context, labels);
        return stream.ToArray();
    }

    /// <summary>"&lt;␂&gt;|n|g|o" becomes "\u0002ngo".</summary>
    private static string CharGram(string slot) => string.Concat(slot.Split('|').Select(part => part switch
    {
        "<\u2402>" => "\u0002",
        "<\u2403>" => "\u0003",
        "<\u2420>" => " ",
        _ => part,
    }));
}
