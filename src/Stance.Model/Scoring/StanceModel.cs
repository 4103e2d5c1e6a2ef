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
    private readonly ContextModel? _context;
    private readonly double[] _thresholds;

    private StanceModel(Lazy<PipelineScorer> pipeline, LinearScorer? linear, ContextModel? context, ModelManifest manifest, string source)
    {
        _pipeline = pipeline;
        _linear = linear;
        _context = context;
        Manifest = manifest;
        Source = source;
        _thresholds = LabelSet.Names.Select(name => manifest.Thresholds[name]).ToArray();
    }

    /// <summary>The second pass over neighbouring sentences, or null for a one-pass model.</summary>
    public ContextModel? Context => _context;

    /// <summary>True when the model can explain its decisions (linear classifiers, exported).</summary>
    public bool CanExplain => _linear is not null;

    /// <summary>What the model file says about itself.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>Where the model came from (a path, or "default model").</summary>
    public string Source { get; }

    /// <summary>
    /// The ML.NET pipeline. A model with an exported linear scorer never needs it to score, so it
    /// is loaded only when asked for. The default model (<see cref="LoadDefault"/>) is shipped
    /// without it; <see cref="Load(string)"/> its model file for the pipeline.
    /// </summary>
    /// <exception cref="ModelLoadException">The ML.NET part of the file is corrupt, or this is the default model.</exception>
    public ITransformer Transformer => _pipeline.Value.Transformer;

    /// <summary>The threshold of <paramref name="label"/>.</summary>
    public double Threshold(StanceLabel label) => _thresholds[(int)label];

    /// <summary>Loads the default model shipped inside Stance.</summary>
    /// <exception cref="ModelLoadException">The embedded model is missing or invalid (a broken build).</exception>
    public static StanceModel LoadDefault()
    {
        const string source = "default model";
        if (EmbeddedModel.ReadScorerEntries(DefaultResourceName) is { } entries)
        {
            var (manifest, linear, context) = ReadEntries(name => entries.TryGetValue(name, out var bytes) ? new MemoryStream(bytes, writable: false) : null, source);
            if (linear is not null)
            {
                ModelCompatibility.Check(manifest, source);
                var pipeline = new Lazy<PipelineScorer>(() => throw new ModelLoadException(
                    "the default model is shipped without its ML.NET pipeline (the exported scorer is all scoring needs); load its model file, src/Stance.Model/Resources/Model/stance-model.zip in the repository, or a trained model for the pipeline"));
                return new StanceModel(pipeline, linear, context, manifest, source);
            }
        }

        using var stream = EmbeddedResources.Open(DefaultResourceName)
            ?? throw new ModelLoadException("this build of Stance has no default model; train one with 'stance train' and pass it with --model");
        return Load(stream, source);
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
        var (manifest, linear, context) = ReadEntries(buffer, source);
        ModelCompatibility.Check(manifest, source);
        var bytes = buffer.ToArray();

        // ML.NET itself is loaded only when a model has no exported scorer, or when asked for:
        // creating an MLContext and reading the pipeline is most of a cold start.
        var pipeline = new Lazy<PipelineScorer>(() => PipelineScorer.Load(bytes, manifest.Seed, source));
        if (linear is null)
        {
            _ = pipeline.Value;
        }

        return new StanceModel(pipeline, linear, context, manifest, source);
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
        var firstPass = new float[rows.Length][];
        var features = new List<(int Slot, float Value)>?[rows.Length];
        Run(rows, explain, (i, probabilities, f) =>
        {
            firstPass[i] = probabilities;
            features[i] = f is null ? null : [.. f];
        });
        var cues = rows.Select(r => r.Cues).ToArray();
        var final = _context is null ? firstPass : _context.Apply(firstPass, cues, boilerplate);
        var summary = _context is null || !explain ? [] : ContextFeatures.Summarize(firstPass, boilerplate);
        var results = new List<(SentenceScore, IReadOnlyDictionary<StanceLabel, IReadOnlyList<FeatureContribution>>)>(rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var set = LabelSet.None;
            var explanations = explain ? new Dictionary<StanceLabel, IReadOnlyList<FeatureContribution>>() : NoExplanations;
            if (boilerplate is null || !boilerplate[i])
            {
                foreach (var label in LabelSet.All)
                {
                    var threshold = thresholds is not null && thresholds.TryGetValue(label, out var custom) ? custom : _thresholds[(int)label];
                    if (final[i][(int)label] >= threshold)
                    {
                        set = set.With(label);
                        if (explain)
                        {
                            explanations[label] = Explain(rows[i].Text, features[i]!, label, explainTop, firstPass, cues, boilerplate, i, summary);
                        }
                    }
                }
            }

            results.Add((new SentenceScore(set, final[i]), (IReadOnlyDictionary<StanceLabel, IReadOnlyList<FeatureContribution>>)explanations));
        }

        return results;
    }

    /// <summary>
    /// The sentence's own strongest features, and, with a second pass, the neighbour that pushed
    /// the label most when it pushed it clearly (e.g. "previous sentence: accuse").
    /// </summary>
    private IReadOnlyList<FeatureContribution> Explain(string text, List<(int Slot, float Value)> features, StanceLabel label, int top, float[][] firstPass, float[][] cues, IReadOnlyList<bool>? boilerplate, int index, float[] summary)
    {
        var own = LinearExplainer.Explain(_linear!, features, label, top, text);
        if (_context is null)
        {
            return own;
        }

        var neighbour = _context.Contributions((int)label, ContextFeatures.Of(firstPass, cues, boilerplate, index, summary))
            .Where(c => (c.Feature.StartsWith("previous", StringComparison.Ordinal) || c.Feature.StartsWith("next", StringComparison.Ordinal) || c.Feature.StartsWith("strongest", StringComparison.Ordinal) || c.Feature.StartsWith("article", StringComparison.Ordinal)) && c.Contribution >= NeighbourReason)
            .OrderByDescending(c => c.Contribution)
            .Take(1)
            .Select(c => new FeatureContribution(c.Feature, Math.Round(c.Contribution, 3)));
        return [.. own.Take(Math.Max(1, top - 1)), .. neighbour, .. own.Skip(Math.Max(1, top - 1)).Take(neighbour.Any() ? 0 : 1)];
    }

    // One shared empty set of reasons when none are asked for (a batch): no dictionary per sentence.
    private static readonly IDictionary<StanceLabel, IReadOnlyList<FeatureContribution>> NoExplanations =
        System.Collections.ObjectModel.ReadOnlyDictionary<StanceLabel, IReadOnlyList<FeatureContribution>>.Empty;

    /// <summary>A neighbour's push, in log-odds, large enough to be worth naming as a reason.</summary>
    private const double NeighbourReason = 0.5;

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

    private static (ModelManifest Manifest, LinearScorer? Linear, ContextModel? Context) ReadEntries(Stream buffer, string source)
    {
        try
        {
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            return ReadEntries(name => zip.GetEntry(name)?.Open(), source);
        }
        catch (InvalidDataException e)
        {
            throw new ModelLoadException($"'{source}' is not a Stance model: not a readable zip file ({e.Message})", e);
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using (stream)
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }

    /// <summary>Reads the manifest, context model and exported scorer through <paramref name="open"/> (null: no such entry).</summary>
    private static (ModelManifest Manifest, LinearScorer? Linear, ContextModel? Context) ReadEntries(Func<string, Stream?> open, string source)
    {
        try
        {
            // A cold start spends about as long parsing the JSON entries and building the cue
            // lexicon (which Check needs) as reading the scorer: do them on another core meanwhile.
            _ = Task.Run(() => CueLexicon.Default);
            var manifestBytes = ReadAll(open(ModelManifest.EntryName)
                ?? throw new ModelLoadException($"'{source}' is not a Stance model: it has no {ModelManifest.EntryName} (a plain ML.NET model, or another program's zip?)"));
            var contextBytes = open(ContextModel.EntryName) is { } contextStream ? ReadAll(contextStream) : null;
            var json = Task.Run(() => (
                JsonSerializer.Deserialize(new MemoryStream(manifestBytes, writable: false), ScorerJson.Default.ModelManifest) ?? throw new ModelLoadException($"'{source}' has an empty manifest"),
                contextBytes is null ? null : ContextModel.Read(new MemoryStream(contextBytes, writable: false), source)));

            LinearScorer? scorer = null;
            Exception? scorerError = null;
            if (open(LinearScorer.EntryName) is { } linearStream)
            {
                using var linear = new BufferedStream(linearStream, 1 << 16);
                try
                {
                    scorer = LinearScorer.Read(linear);
                }
                catch (Exception e) when (e is EndOfStreamException or InvalidDataException)
                {
                    scorerError = e;
                }
            }

            // The manifest's errors come first, as when the entries were read one after the other.
            var (manifest, context) = json.GetAwaiter().GetResult();
            if (scorerError is EndOfStreamException truncated)
            {
                throw new ModelLoadException($"'{source}' is corrupt: its scorer entry is truncated", truncated);
            }

            if (scorerError is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(scorerError);
            }

            return (manifest, scorer, context);
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
