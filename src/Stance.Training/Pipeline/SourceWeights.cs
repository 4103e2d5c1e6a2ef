using Stance.Model.Labels;

namespace Stance.Training.Pipeline;

/// <summary>
/// How much a training sentence counts, by where its labels come from and per label: authored
/// text is a prior, real text the bulk (a label may weigh a source differently).
/// </summary>
public sealed class SourceWeights
{
    private readonly Dictionary<string, float[]> _weights;

    private SourceWeights(Dictionary<string, float[]> weights) => _weights = weights;

    /// <summary>Every source counts 1.</summary>
    public static SourceWeights Uniform { get; } = new([]);

    /// <summary>One weight for every label of <paramref name="provenance"/>; other sources keep theirs.</summary>
    public SourceWeights With(string provenance, float weight) => With(provenance, weight, weight, weight, weight);

    /// <summary>Per-label weights (canonical order) for <paramref name="provenance"/>.</summary>
    public SourceWeights With(string provenance, float accuse, float deny, float deflect, float citeEvidence) =>
        new(new Dictionary<string, float[]>(_weights, StringComparer.Ordinal) { [provenance] = [accuse, deny, deflect, citeEvidence] });

    /// <summary>The weight of a sentence of <paramref name="provenance"/> for <paramref name="label"/> (1 when not set).</summary>
    public float Of(string provenance, StanceLabel label) => _weights.TryGetValue(provenance, out var w) ? w[(int)label] : 1f;

    /// <summary>Whether sentences of <paramref name="provenance"/> count for at least one label.</summary>
    public bool Counts(string provenance) => LabelSet.All.Any(l => Of(provenance, l) > 0);

    /// <summary>A short description for reports, e.g. "authored=0.3".</summary>
    public string Describe() => _weights.Count == 0
        ? "all sources 1"
        : string.Join(", ", _weights.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value.Distinct().Count() == 1
            ? $"{p.Key}={p.Value[0]:0.##}"
            : $"{p.Key}={string.Join("/", p.Value.Select(v => v.ToString("0.##")))}"));
}
