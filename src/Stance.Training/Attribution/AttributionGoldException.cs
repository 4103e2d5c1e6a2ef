namespace Stance.Training.Attribution;

/// <summary>The attribution gold file, or the labeled files and corpus it points into, cannot be used.</summary>
public sealed class AttributionGoldException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AttributionGoldException()
    {
    }

    /// <summary>Creates the exception with a message naming the file and problem.</summary>
    public AttributionGoldException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public AttributionGoldException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
