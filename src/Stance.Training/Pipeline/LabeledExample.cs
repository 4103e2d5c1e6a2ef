using Microsoft.ML.Data;
using Stance.Model.Features;

namespace Stance.Training.Pipeline;

/// <summary>A <see cref="ModelInput"/> row with its gold labels, as ML.NET trains on it.</summary>
internal sealed class LabeledExample
{
    public string Text { get; set; } = string.Empty;

    public string Context { get; set; } = string.Empty;

    [VectorType(ModelInput.CueVectorLength)]
    public float[] Cues { get; set; } = [];

    public bool Accuse { get; set; }

    public bool Deny { get; set; }

    public bool Deflect { get; set; }

    public bool CiteEvidence { get; set; }

    public float WeightAccuse { get; set; } = 1f;

    public float WeightDeny { get; set; } = 1f;

    public float WeightDeflect { get; set; } = 1f;

    public float WeightCiteEvidence { get; set; } = 1f;

    /// <summary>The article the row belongs to; not a model column (ML.NET ignores it via NoColumn).</summary>
    [NoColumn]
    public string ArticleId { get; set; } = string.Empty;

    /// <summary>The gold label set; not a model column.</summary>
    [NoColumn]
    public Stance.Model.Labels.LabelSet Gold { get; set; }

    /// <summary>Where the labels come from (seed, authored, real); not a model column.</summary>
    [NoColumn]
    public string Provenance { get; set; } = string.Empty;

    /// <summary>How the article was chosen for labeling (random, uncertain, ...); not a model column.</summary>
    [NoColumn]
    public string Selection { get; set; } = string.Empty;

    /// <summary>Site boilerplate: always predicted none, as at scoring time.</summary>
    [NoColumn]
    public bool IsBoilerplate { get; set; }
}
