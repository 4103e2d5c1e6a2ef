namespace Stance.Model.Batch;

/// <summary>Why a batch could not run; each maps to its own exit code in the CLI.</summary>
public enum BatchProblem
{
    /// <summary>An output exists, cannot be written, or there is nothing to resume.</summary>
    Output,

    /// <summary>--resume was asked with parameters that differ from the interrupted run's.</summary>
    ResumeMismatch,

    /// <summary>The inputs and filters select no article file at all.</summary>
    NothingSelected,

    /// <summary>merge was given shard outputs that do not belong together (format, header, model, run parameters).</summary>
    MergeMismatch,
}
