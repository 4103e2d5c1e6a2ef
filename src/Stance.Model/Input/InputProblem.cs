namespace Stance.Model.Input;

/// <summary>Why an article could not be read.</summary>
public enum InputProblem
{
    /// <summary>No such file.</summary>
    NotFound,

    /// <summary>A directory was given where a file was expected.</summary>
    IsDirectory,

    /// <summary>The file could not be opened or read (permissions, I/O error).</summary>
    Unreadable,

    /// <summary>The file is empty or holds only white space.</summary>
    Empty,

    /// <summary>The file is larger than the configured limit.</summary>
    TooLarge,

    /// <summary>The file holds binary data (NUL bytes), not text.</summary>
    Binary,

    /// <summary>The bytes are not valid UTF-8 (or UTF-16 with a byte order mark).</summary>
    NotDecodable,
}
