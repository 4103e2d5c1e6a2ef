namespace Stance.Model.Labels;

/// <summary>The four rhetorical moves of LABELS.md, in their canonical order.</summary>
public enum StanceLabel
{
    /// <summary>Attributes wrongdoing or blame to an identifiable actor.</summary>
    Accuse = 0,

    /// <summary>Rejects, dismisses or disputes an accusation or claim, or justifies the act.</summary>
    Deny = 1,

    /// <summary>Turns attention or blame away without answering the substance.</summary>
    Deflect = 2,

    /// <summary>Supports a claim by pointing to specific evidence.</summary>
    CiteEvidence = 3,
}
