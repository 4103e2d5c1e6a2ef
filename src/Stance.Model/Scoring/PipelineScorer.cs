using Microsoft.ML;
using Microsoft.ML.Data;
using Stance.Model.Features;
using Stance.Model.Labels;

namespace Stance.Model.Scoring;

/// <summary>The ML.NET pipeline of a model file, for models without an exported scorer and for checks.</summary>
internal sealed class PipelineScorer
{
    private readonly MLContext _ml;

    private PipelineScorer(MLContext ml, ITransformer transformer)
    {
        _ml = ml;
        Transformer = transformer;
    }

    public ITransformer Transformer { get; }

    public static PipelineScorer Load(byte[] bytes, int seed, string source)
    {
        var ml = new MLContext(seed);
        ITransformer transformer;
        DataViewSchema inputSchema;
        try
        {
            using var stream = new MemoryStream(bytes);
            transformer = ml.Model.Load(stream, out inputSchema);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ModelLoadException($"'{source}' is corrupt: its ML.NET model cannot be read ({e.Message})", e);
        }

        ModelCompatibility.CheckSchema(transformer, inputSchema, source);
        return new PipelineScorer(ml, transformer);
    }

    /// <summary>Probabilities per row in label order, by batch Transform (thread-safe, unlike PredictionEngine).</summary>
    public IEnumerable<float[]> Predict(IReadOnlyList<ModelInput> rows)
    {
        var output = Transformer.Transform(_ml.Data.LoadFromEnumerable(rows));
        var columns = LabelSet.All.Select(label => output.Schema[ModelColumns.Probability(label)]).ToList();
        using var cursor = output.GetRowCursor(columns);
        var getters = columns.Select(c => cursor.GetGetter<float>(c)).ToArray();
        while (cursor.MoveNext())
        {
            var probabilities = new float[getters.Length];
            for (var g = 0; g < getters.Length; g++)
            {
                getters[g](ref probabilities[g]);
            }

            yield return probabilities;
        }
    }
}
