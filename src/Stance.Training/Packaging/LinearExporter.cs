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
/// <remarks>
/// A featurizer that weighs n-grams by tf-idf keeps its document frequencies private; they are
/// counted again here, by the scorer's own n-gram extraction, over the texts it was fitted on
/// (the equivalence check after training and in the tests shows that they agree).
/// </remarks>
internal static class LinearExporter
{
    private const string CharPrefix = "TextFeatures.Char.";
    private const string WordPrefix = "TextFeatures.Word.";
    private const string ContextPrefix = "ContextFeatures.";

    /// <param name="ml">The context the model was fitted in.</param>
    /// <param name="model">The fitted first pass.</param>
    /// <param name="idfTexts">The texts the featurizer was fitted on when it weighs by tf-idf; null for count weighting.</param>
    public static byte[]? TryExport(MLContext ml, ITransformer model, IReadOnlyList<string>? idfTexts = null)
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
        if (idfTexts is null)
        {
            return stream.ToArray();
        }

        stream.Position = 0;
        var frequencies = LinearScorer.Read(stream).DocumentFrequencies(idfTexts);
        using var weighted = new MemoryStream();
        LinearScorer.Write(weighted, chars, words, context, labels, (idfTexts.Count, frequencies));
        return weighted.ToArray();
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
