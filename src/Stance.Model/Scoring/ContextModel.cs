using System.Text.Json;
using Stance.Model.Features;
using Stance.Model.Labels;

namespace Stance.Model.Scoring;

/// <summary>
/// The second pass of a Stance model: per label, a logistic function of
/// <see cref="ContextFeatures"/> (the first pass's probabilities of the sentence, its neighbours
/// and its article, and the sentence's cues): a linear score, plus boosted regression trees when
/// the pass was fitted as a tree ensemble. Stored in the model file as JSON.
/// </summary>
public sealed class ContextModel
{
    /// <summary>Name of the entry in the model file.</summary>
    public const string EntryName = "stance/context.json";

    /// <summary>Creates a model from per-label weights (canonical order) over <see cref="ContextFeatures.Names"/>.</summary>
    /// <param name="weights">Linear weights per label.</param>
    /// <param name="bias">Bias per label.</param>
    /// <param name="trees">Trees per label whose leaf values add to the score, or null.</param>
    public ContextModel(IReadOnlyList<float[]> weights, IReadOnlyList<float> bias, IReadOnlyList<IReadOnlyList<ContextTree>>? trees = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(bias);
        if (weights.Count != LabelSet.All.Count || bias.Count != LabelSet.All.Count || weights.Any(w => w.Length != ContextFeatures.Count))
        {
            throw new ArgumentException($"a context model needs {LabelSet.All.Count} labels of {ContextFeatures.Count} weights");
        }

        Weights = weights;
        Bias = bias;
        Trees = trees ?? [.. weights.Select(_ => (IReadOnlyList<ContextTree>)[])];
    }

    /// <summary>Trees per label (empty for a linear pass).</summary>
    public IReadOnlyList<IReadOnlyList<ContextTree>> Trees { get; }

    /// <summary>Weights per label, over <see cref="ContextFeatures.Names"/>.</summary>
    public IReadOnlyList<float[]> Weights { get; }

    /// <summary>Bias per label.</summary>
    public IReadOnlyList<float> Bias { get; }

    /// <summary>Second-pass probabilities for every sentence of one article from its first-pass ones and its sentences' cue vectors.</summary>
    public float[][] Apply(IReadOnlyList<IReadOnlyList<float>> firstPass, IReadOnlyList<float[]> cues, IReadOnlyList<bool>? boilerplate)
    {
        ArgumentNullException.ThrowIfNull(firstPass);
        var result = new float[firstPass.Count][];
        var summary = ContextFeatures.Summarize(firstPass, boilerplate);
        for (var i = 0; i < firstPass.Count; i++)
        {
            var features = ContextFeatures.Of(firstPass, cues, boilerplate, i, summary);
            result[i] = new float[LabelSet.All.Count];
            for (var l = 0; l < result[i].Length; l++)
            {
                result[i][l] = (float)(1.0 / (1.0 + Math.Exp(-Score(l, features))));
            }
        }

        return result;
    }

    /// <summary>Each feature's push (weight x value) on label <paramref name="label"/>, for explanations.</summary>
    public IEnumerable<(string Feature, float Contribution)> Contributions(int label, float[] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        for (var f = 0; f < features.Length; f++)
        {
            yield return (ContextFeatures.Names[f], Weights[label][f] * features[f]);
        }
    }

    /// <summary>Writes the model as the JSON entry of a model file.</summary>
    public void Write(Stream stream) =>
        JsonSerializer.Serialize(stream, new Stored(ContextFeatures.Names, [.. Weights], [.. Bias], [.. Trees.Select(t => t.ToArray())]), ManifestJson.Options);

    /// <summary>Reads the JSON entry of a model file.</summary>
    /// <exception cref="ModelLoadException">The entry is not a context model of this version of Stance.</exception>
    public static ContextModel Read(Stream stream, string source)
    {
        try
        {
            var stored = JsonSerializer.Deserialize(stream, ScorerJson.Default.Stored)
                ?? throw new ModelLoadException($"'{source}' has an empty context model");
            if (!stored.Features.SequenceEqual(ContextFeatures.Names))
            {
                throw new ModelLoadException($"'{source}' has a context model over other features than this version of Stance computes");
            }

            return new ContextModel(stored.Weights, stored.Bias, stored.Trees);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            throw new ModelLoadException($"'{source}' has a corrupt context model: {e.Message}", e);
        }
    }

    private float Score(int label, float[] features)
    {
        var score = Bias[label];
        for (var f = 0; f < features.Length; f++)
        {
            score += Weights[label][f] * features[f];
        }

        foreach (var tree in Trees[label])
        {
            score += tree.Evaluate(features);
        }

        return score;
    }

    internal sealed record Stored(IReadOnlyList<string> Features, float[][] Weights, float[] Bias, ContextTree[][]? Trees);
}
