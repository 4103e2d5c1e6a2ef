namespace Stance.Model.Input;

/// <summary>An article's decoded text.</summary>
/// <param name="Name">The path as given, or "-" for standard input.</param>
/// <param name="Text">The decoded text, exactly as in the file (HTML included); offsets refer to it.</param>
/// <param name="Bytes">Size of the file in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes (batch output and resume match on it).</param>
/// <param name="Warning">A note for the user (e.g. the file was not UTF-8 and was read as Windows-1252), or null.</param>
public sealed record ArticleText(string Name, string Text, long Bytes, string Sha256, string? Warning = null);
