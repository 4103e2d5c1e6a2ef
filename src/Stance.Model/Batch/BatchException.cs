namespace Stance.Model.Batch;

/// <summary>A batch cannot start or finish: existing output, unwritable location, broken journal.</summary>
public sealed class BatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public BatchException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public BatchException()
    {
    }
}
