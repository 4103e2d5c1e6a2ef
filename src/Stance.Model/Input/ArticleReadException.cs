namespace Stance.Model.Input;

/// <summary>An article file could not be read; the message names the file and says why.</summary>
public sealed class ArticleReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ArticleReadException(string path, InputProblem problem, string message, Exception? inner = null)
        : base($"{path}: {message}", inner)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>Creates the exception.</summary>
    public ArticleReadException()
        : this(string.Empty, InputProblem.Unreadable, "cannot read")
    {
    }

    /// <summary>Creates the exception.</summary>
    public ArticleReadException(string message)
        : this(string.Empty, InputProblem.Unreadable, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ArticleReadException(string message, Exception inner)
        : this(string.Empty, InputProblem.Unreadable, message, inner)
    {
    }

    /// <summary>The file as given.</summary>
    public string Path { get; }

    /// <summary>What is wrong.</summary>
    public InputProblem Problem { get; }
}
