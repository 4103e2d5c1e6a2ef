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

    private readonly Lazy<PipelineScorer> _pipeline;
    private readonly LinearScorer? _linear;
    private readonly double[] _thresholds;

    private StanceModel(Lazy<PipelineScorer> pipeline, LinearScorer? linear, ModelManifest manifest, string source)
    {
        _pipeline = pipeline;
        _linear = linear;
        Manifest = manifest;
        Source = source;
        _thresholds = LabelSet.Names.Select(name => manifest.Thresholds[name]).ToArray();
    }

    /// <summary>True when the model can explain its decisions (linear classifiers, exported).</summary>
    public bool CanExplain => _linear is not null;

    /// <summary>What the model file says about itself.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>Where the model came from (a path, or "default model").</summary>
    public string Source { get; }

    /// <summary>
    /// The ML.NET pipeline. A model with an exported linear scorer never needs it to score, so it
    /// is loaded only when asked for.
    /// </summary>
    /// <exception cref="ModelLoadException">The ML.NET part of the file is corrupt.</exception>
    public ITransformer Transformer => _pipeline.Value.Transformer;

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
        var (manifest, linear) = ReadEntries(buffer, source);
        ModelCompatibility.Check(manifest, source);
        var bytes = buffer.ToArray();

        // ML.NET itself is loaded only when a model has no exported scorer, or when asked for:
        // creating an MLContext and reading the pipeline is most of a cold start.
        var pipeline = new Lazy<PipelineScorer>(() => PipelineScorer.Load(bytes, manifest.Seed, source));
        if (linear is null)
        {
            _ = pipeline.Value;
        }

        return new StanceModel(pipeline, linear, manifest, source);
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
        var explain = explainTop > 0 && _linear is not null;
        var results = new List<(SentenceScore, IReadOnlyDictionary<StanceLabel, IReadOnlyList<FeatureContribution>>)>(rows.Length);
        Run(rows, explain, (i, probabilities, features) =>
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
                        if (explain)
                        {
                            explanations[label] = LinearExplainer.Explain(_linear!, features!, label, explainTop, rows[i].Text);
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
        Run(rows, withFeatures: false, (i, p, _) => probabilities[i] = p);
        return probabilities;
    }

    private void Run(IReadOnlyList<ModelInput> rows, bool withFeatures, Action<int, float[], List<(int Slot, float Value)>?> handle)
    {
        if (_linear is not null)
        {
            var features = withFeatures ? new List<(int Slot, float Value)>() : null;
            for (var i = 0; i < rows.Count; i++)
            {
                handle(i, _linear.Predict(rows[i], features), features);
            }

            return;
        }

        var row = 0;
        foreach (var probabilities in _pipeline.Value.Predict(rows))
        {
            handle(row++, probabilities, null);
        }
    }

    private static (ModelManifest Manifest, LinearScorer? Linear) ReadEntries(Stream buffer, string source)
    {
        try
        {
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            var entry = zip.GetEntry(ModelManifest.EntryName)
                ?? throw new ModelLoadException($"'{source}' is not a Stance model: it has no {ModelManifest.EntryName} (a plain ML.NET model, or another program's zip?)");
            ModelManifest manifest;
            using (var json = entry.Open())
            {
                manifest = JsonSerializer.Deserialize<ModelManifest>(json, ManifestJson.Options)
                    ?? throw new ModelLoadException($"'{source}' has an empty manifest");
            }

            if (zip.GetEntry(LinearScorer.EntryName) is not { } linearEntry)
            {
                return (manifest, null);
            }

            using var linear = new BufferedStream(linearEntry.Open(), 1 << 16);
            try
            {
                return (manifest, LinearScorer.Read(linear));
            }
            catch (EndOfStreamException e)
            {
                throw new ModelLoadException($"'{source}' is corrupt: its scorer entry is truncated", e);
            }
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
