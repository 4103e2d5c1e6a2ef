namespace Stance.Model.Annotation;

/// <summary>What <see cref="QueueBuilder"/> picked and what it could not read.</summary>
/// <param name="Rows">The queue, ordered by article path and sentence.</param>
/// <param name="ArticlesScored">Articles read and scored.</param>
/// <param name="ArticlesExcluded">Articles left out because the exclusion list names them.</param>
/// <param name="Problems">Files that could not be read (path, reason); they are skipped.</param>
public sealed record QueueBuildResult(IReadOnlyList<QueueRow> Rows, int ArticlesScored, int ArticlesExcluded, IReadOnlyList<(string Path, string Reason)> Problems);
