using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Stance.Model.Features;
using Stance.Model.Labels;

namespace Stance.Model.Scoring;

/// <summary>
/// Explains a linear model's decision as weight x feature value per label (ML.NET's
/// CalculateFeatureContribution does not cover this multi-label set-up). Character n-grams
/// are left out of explanations: they are real evidence for the model but unreadable to people.
/// </summary>
internal sealed class Explainer
{
    private const string FeaturesColumn = "Features";

    private readonly ReadOnlyMemory<char>[] _rawNames;
    private readonly int _cueStart;
    private readonly IReadOnlyList<float>[] _weights;

    private Explainer(ReadOnlyMemory<char>[] rawNames, int cueStart, IReadOnlyList<float>[] weights)
    {
        _rawNames = rawNames;
        _cueStart = cueStart;
        _weights = weights;
    }

    /// <summary>An explainer for <paramref name="transformer"/>, or null when its classifiers are not linear.</summary>
    public static Explainer? TryCreate(MLContext ml, ITransformer transformer)
    {
        if (transformer is not TransformerChain<ITransformer> chain)
        {
            return null;
        }

        var weights = chain.OfType<ISingleFeaturePredictionTransformer<object>>()
            .Select(p => p.Model switch
            {
                CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> calibrated => calibrated.SubModel.Weights,
                LinearBinaryModelParameters linear => linear.Weights,
                _ => null,
            })
            .ToArray();
        if (weights.Length != LabelSet.All.Count || weights.Any(w => w is null))
        {
            return null;
        }

        var schema = chain.First().GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<ModelInput>()).Schema);
        var column = schema[FeaturesColumn];
        var size = ((VectorDataViewType)column.Type).Size;
        VBuffer<ReadOnlyMemory<char>> names = default;
        if (column.HasSlotNames())
        {
            column.GetSlotNames(ref names);
        }

        // Names are turned into strings only for the few slots an explanation shows: building all
        // 60,000 up front cost more than scoring the article.
        var raw = names.Length == size ? names.DenseValues().ToArray() : new ReadOnlyMemory<char>[size];
        return new Explainer(raw, size - ModelInput.CueVectorLength, weights!);
    }

    /// <summary>Name of the features column the explainer reads from the model's output.</summary>
    public static string Column => FeaturesColumn;

    /// <summary>The top positive contributions to <paramref name="label"/> for one feature vector.</summary>
    /// <param name="features">The sentence's feature vector.</param>
    /// <param name="label">The label to explain.</param>
    /// <param name="top">How many contributions to return.</param>
    /// <param name="normalizedText">The sentence in normal form, to show which words fired a cue.</param>
    public IReadOnlyList<FeatureContribution> Explain(in VBuffer<float> features, StanceLabel label, int top, string normalizedText)
    {
        var weights = _weights[(int)label];
        var best = new List<FeatureContribution>();
        var indices = features.GetIndices();
        var values = features.GetValues();
        for (var k = 0; k < values.Length; k++)
        {
            var slot = features.IsDense ? k : indices[k];
            var contribution = weights[slot] * values[k];
            if (contribution > 0 && SlotName(slot) is { } name)
            {
                best.Add(new FeatureContribution(name, Math.Round(contribution, 3)));
            }
        }

        return best.OrderByDescending(c => c.Contribution).ThenBy(c => c.Feature, StringComparer.Ordinal).Take(top)
            .Select(c => c with { Feature = WithCueWords(c.Feature, normalizedText) })
            .ToList();
    }

    private string? SlotName(int slot)
    {
        if (slot >= _cueStart)
        {
            var cue = ModelInputBuilder.CueSlotNames[slot - _cueStart];

            // Layout slots (length, position) act as biases, not as reasons a reader can check.
            return cue.StartsWith("layout:", StringComparison.Ordinal) ? null : cue;
        }

        return Readable(_rawNames[slot].ToString());
    }

    /// <summary>"cue:deny" becomes "cue:deny (denies)": the words of the sentence that fired the cue.</summary>
    private static string WithCueWords(string feature, string normalizedText)
    {
        const string prefix = "cue:";
        if (!feature.StartsWith(prefix, StringComparison.Ordinal))
        {
            return feature;
        }

        var group = feature[prefix.Length..];
        var words = CueLexicon.Default.Explain(normalizedText).Where(m => m.Group == group).Select(m => m.Match).Distinct().Take(2).ToList();
        return words.Count == 0 ? feature : $"{feature} ({string.Join(", ", words)})";
    }

    private static string? Readable(string? slot)
    {
        if (string.IsNullOrEmpty(slot))
        {
            return null;
        }

        const string word = "TextFeatures.Word.";
        const string context = "ContextFeatures.";
        if (slot.StartsWith(word, StringComparison.Ordinal))
        {
            return slot[word.Length..].Replace('|', ' ');
        }

        if (slot.StartsWith(context, StringComparison.Ordinal))
        {
            var text = slot[context.Length..];
            text = text.StartsWith("Word.", StringComparison.Ordinal) ? text[5..] : text;
            return "before: " + text.Replace('|', ' ');
        }

        return null;
    }
}
