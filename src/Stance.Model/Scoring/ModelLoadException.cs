namespace Stance.Model.Scoring;

/// <summary>A model file is missing, corrupt, foreign or incompatible; the message says which and names the file.</summary>
public sealed class ModelLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModelLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public ModelLoadException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ModelLoadException()
    {
    }
}
