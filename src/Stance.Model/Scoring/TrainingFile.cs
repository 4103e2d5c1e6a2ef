namespace Stance.Model.Scoring;

/// <summary>A file a model was trained from.</summary>
/// <param name="Path">Repository-relative path with '/' separators.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
public sealed record TrainingFile(string Path, string Sha256);
