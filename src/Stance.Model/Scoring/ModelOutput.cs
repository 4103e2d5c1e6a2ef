using Microsoft.ML.Data;

namespace Stance.Model.Scoring;

/// <summary>The probability columns every Stance model produces.</summary>
internal sealed class ModelOutput
{
    [ColumnName("p_accuse")]
    public float Accuse { get; set; }

    [ColumnName("p_deny")]
    public float Deny { get; set; }

    [ColumnName("p_deflect")]
    public float Deflect { get; set; }

    [ColumnName("p_cite_evidence")]
    public float CiteEvidence { get; set; }
}
