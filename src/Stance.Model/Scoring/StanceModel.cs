using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Stance.Model.Features;
using Stance.Model.Labels;

namespace Stance.Model.Scoring;

/// <summary>
/// A loaded Stance model: scores the sentences of an article. Thread-safe: scoring uses batch
/// <c>Transform</c>, never a shared <c>PredictionEngine</c>.
/// </summary>
public sealed class StanceModel
{
    /// <summary>Name of the default model embedded in this assembly.</summary>
    public const string DefaultResourceName = "Model/stance-model.zip";

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly double[] _thresholds;
    private readonly Lazy<Explainer?> _explainer;

    private StanceModel(MLContext ml, ITransformer transformer, ModelManifest manifest, string source)
    {
        _ml = ml;
        _transformer = transformer;
        Manifest = manifest;
        Source = source;
        _thresholds = LabelSet.Names.Select(name => manifest.Thresholds[name]).ToArray();
        _explainer = new Lazy<Explainer?>(() => Explainer.TryCreate(ml, transformer));
    }

    /// <summary>True when the model can explain its decisions (linear classifiers).</summary>
    public bool CanExplain => _explainer.Value is not null;

    /// <summary>What the model file says about itself.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>Where the model came from (a path, or "default model").</summary>
    public string Source { get; }

    /// <summary>The transformer, for explanations that read the classifiers' weights.</summary>
    public ITransformer Transformer => _transformer;

    /// <summary>The threshold of <paramref name="label"/>.</summary>
    public double Threshold(StanceLabel label) => _thresholds[(int)label];

    /// <summary>Loads the default model shipped inside Stance.</summary>
    /// <exception cref="ModelLoadException">The embedded model is missing or invalid (a broken build).</exception>
    public static StanceModel LoadDefault()
    {
        using var stream = EmbeddedResources.Open(DefaultResourceName)
            ?? throw new ModelLoadException("this build of Stance has no default model; train one with 'stance train' and pass it with --model");
        return Load(stream, "default model");
    }

    /// <summary>Loads a model file written by <c>stance train</c>.</summary>
    /// <exception cref="ModelLoadException">The file is missing, unreadable, corrupt, foreign or incompatible.</exception>
    public static StanceModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new ModelLoadException($"model '{path}' is a directory, not a model file");
        }

        if (!File.Exists(path))
        {
            throw new ModelLoadException($"model file '{path}' does not exist");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return Load(stream, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelLoadException($"cannot read model file '{path}': {e.Message}", e);
        }
    }

    /// <summary>Loads a model from <paramref name="stream"/>; <paramref name="source"/> names it in messages.</summary>
    public static StanceModel Load(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        var manifest = ReadManifest(buffer, source);
        ModelCompatibility.Check(manifest, source);

        buffer.Position = 0;
        var ml = new MLContext(seed: manifest.Seed);
        ITransformer transformer;
        DataViewSchema inputSchema;
        try
        {
            transformer = ml.Model.Load(buffer, out inputSchema);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ModelLoadException($"'{source}' is corrupt: its ML.NET model cannot be read ({e.Message})", e);
        }

        ModelCompatibility.CheckSchema(transformer, inputSchema, source);
        return new StanceModel(ml, transformer, manifest, source);
    }

    /// <summary>
    /// Scores the sentences of one article, in reading order. Boilerplate sentences get no label
    /// (LABELS.md) but keep their probabilities.
    /// </summary>
    /// <param name="sentences">Sentence texts as segmented.</param>
    /// <param name="boilerplate">Boilerplate flag per sentence, or null.</param>
    /// <param name="thresholds">Per-label thresholds overriding the model's, or null.</param>
    public IReadOnlyList<SentenceScore> Score(IReadOnlyList<string> sentences, IReadOnlyList<bool>? boilerplate = null, IReadOnlyDictionary<StanceLabel, double>? thresholds = null) =>
        ScoreDetailed(sentences, boilerplate, thresholds, explainTop: 0).Select(d => d.Score).ToList();

    /// <summary>
    /// As <see cref="Score"/>, and for every assigned label the <paramref name="explainTop"/>
    /// features that pushed it most (none when 0 or when the model is not linear).
    /// </summary>
    public IReadOnlyList<(SentenceScore Score, IReadOnlyDictionary<StanceLabel, IReadOnlyList<FeatureContribution>> Explanations)> ScoreDetailed(
        IReadOnlyList<string> sentences, IReadOnlyList<bool>? boilerplate, IReadOnlyDictionary<StanceLabel, double>? thresholds, int explainTop)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (sentences.Count == 0)
        {
            return [];
        }

        var rows = ModelInputBuilder.Build(sentences, boilerplate);
        var explainer = explainTop > 0 ? _explainer.Value : null;
        var results = new List<(SentenceScore, IReadOnlyDictionary<StanceLabel, IReadOnlyList<FeatureContribution>>)>(rows.Length);
        Run(rows, explainer is not null, (int i, float[] probabilities, in VBuffer<float> features) =>
        {
            var set = LabelSet.None;
            var explanations = new Dictionary<StanceLabel, IReadOnlyList<FeatureContribution>>();
            if (boilerplate is null || !boilerplate[i])
            {
                foreach (var label in LabelSet.All)
                {
                    var threshold = thresholds is not null && thresholds.TryGetValue(label, out var custom) ? custom : _thresholds[(int)label];
                    if (probabilities[(int)label] >= threshold)
                    {
                        set = set.With(label);
                        if (explainer is not null)
                        {
                            explanations[label] = explainer.Explain(features, label, explainTop, rows[i].Text);
                        }
                    }
                }
            }

            results.Add((new SentenceScore(set, probabilities), explanations));
        });
        return results;
    }

    /// <summary>Raw probabilities per row, in <see cref="StanceLabel"/> order.</summary>
    public float[][] Predict(IReadOnlyList<ModelInput> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var probabilities = new float[rows.Count][];
        Run(rows, withFeatures: false, (int i, float[] p, in VBuffer<float> _) => probabilities[i] = p);
        return probabilities;
    }

    private void Run(IReadOnlyList<ModelInput> rows, bool withFeatures, RowHandler handle)
    {
        var output = _transformer.Transform(_ml.Data.LoadFromEnumerable(rows));
        var columns = LabelSet.All.Select(label => output.Schema[ModelColumns.Probability(label)]).ToList();
        if (withFeatures)
        {
            columns.Add(output.Schema[Explainer.Column]);
        }

        using var cursor = output.GetRowCursor(columns);
        var getters = columns.Take(LabelSet.All.Count).Select(c => cursor.GetGetter<float>(c)).ToArray();
        var featureGetter = withFeatures ? cursor.GetGetter<VBuffer<float>>(columns[^1]) : null;
        VBuffer<float> features = default;
        var i = 0;
        while (cursor.MoveNext())
        {
            var probabilities = new float[getters.Length];
            for (var g = 0; g < getters.Length; g++)
            {
                getters[g](ref probabilities[g]);
            }

            featureGetter?.Invoke(ref features);
            handle(i++, probabilities, features);
        }
    }

    private delegate void RowHandler(int index, float[] probabilities, in VBuffer<float> features);

    private static ModelManifest ReadManifest(Stream buffer, string source)
    {
        try
        {
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            var entry = zip.GetEntry(ModelManifest.EntryName)
                ?? throw new ModelLoadException($"'{source}' is not a Stance model: it has no {ModelManifest.EntryName} (a plain ML.NET model, or another program's zip?)");
            using var json = entry.Open();
            return JsonSerializer.Deserialize<ModelManifest>(json, ManifestJson.Options)
                ?? throw new ModelLoadException($"'{source}' has an empty manifest");
        }
        catch (InvalidDataException e)
        {
            throw new ModelLoadException($"'{source}' is not a Stance model: not a readable zip file ({e.Message})", e);
        }
        catch (JsonException e)
        {
            throw new ModelLoadException($"'{source}' has a corrupt manifest: {e.Message}", e);
        }
    }
}
