namespace Stance.Model.Annotation;

/// <summary>What the annotator did with a queued sentence.</summary>
public enum Decision
{
    /// <summary>Kept, with the labels shown.</summary>
    Accept,

    /// <summary>Passed over: not labeled, not used for training.</summary>
    Skip,

    /// <summary>Took back the previous decision on this sentence.</summary>
    Undo,
}
