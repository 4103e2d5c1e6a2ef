namespace Stance.Model.Batch;

/// <summary>A batch cannot start or finish: existing output, unwritable location, changed parameters on resume, nothing selected.</summary>
public sealed class BatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BatchException(string message, BatchProblem problem = BatchProblem.Output)
        : base(message) => Problem = problem;

    /// <summary>Creates the exception.</summary>
    public BatchException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public BatchException()
    {
    }

    /// <summary>What went wrong.</summary>
    public BatchProblem Problem { get; }
}
