using Microsoft.ML;
using Microsoft.ML.Data;
using Stance.Model.Features;
using Stance.Model.Labels;

namespace Stance.Model.Scoring;

/// <summary>Checks that a model file fits this build: format, labels, thresholds, lexicons, schema.</summary>
internal static class ModelCompatibility
{
    public static void Check(ModelManifest manifest, string source)
    {
        if (manifest.FormatVersion != ModelManifest.CurrentFormatVersion)
        {
            throw new ModelLoadException($"'{source}' has model format version {manifest.FormatVersion}; this Stance reads version {ModelManifest.CurrentFormatVersion}. Retrain it with 'stance train'.");
        }

        if (!manifest.Labels.SequenceEqual(LabelSet.Names))
        {
            throw new ModelLoadException($"'{source}' predicts labels [{string.Join(",", manifest.Labels)}], not [{string.Join(",", LabelSet.Names)}]");
        }

        foreach (var name in LabelSet.Names)
        {
            if (!manifest.Thresholds.TryGetValue(name, out var threshold) || !(threshold > 0 && threshold < 1))
            {
                throw new ModelLoadException($"'{source}' has no valid threshold for '{name}' (must be between 0 and 1)");
            }
        }

        if (manifest.CueVectorLength != ModelInput.CueVectorLength || manifest.LexiconHash != CueLexicon.Default.Hash)
        {
            throw new ModelLoadException($"'{source}' was trained with other cue lexicons or features than this Stance build has. Retrain it with 'stance train'.");
        }
    }

    public static void CheckSchema(ITransformer transformer, DataViewSchema inputSchema, string source)
    {
        static bool Has(DataViewSchema schema, string name) => schema.GetColumnOrNull(name) is not null;
        if (!Has(inputSchema, nameof(ModelInput.Text)) || !Has(inputSchema, nameof(ModelInput.Context)) || inputSchema.GetColumnOrNull(nameof(ModelInput.Cues)) is not { } cues
            || cues.Type is not VectorDataViewType { Size: ModelInput.CueVectorLength })
        {
            throw new ModelLoadException($"'{source}' expects another input schema than Stance's (Text, Context, Cues[{ModelInput.CueVectorLength}])");
        }

        DataViewSchema output;
        try
        {
            output = transformer.GetOutputSchema(inputSchema);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            throw new ModelLoadException($"'{source}' cannot run on Stance's input: {e.Message}", e);
        }

        foreach (var label in LabelSet.All)
        {
            if (!Has(output, ModelColumns.Probability(label)))
            {
                throw new ModelLoadException($"'{source}' does not produce the column {ModelColumns.Probability(label)}");
            }
        }
    }
}
