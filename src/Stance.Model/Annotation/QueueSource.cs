namespace Stance.Model.Annotation;

/// <summary>An article file offered to <see cref="QueueBuilder"/>.</summary>
/// <param name="Path">Where to read it.</param>
/// <param name="Corpus">The corpus folder as the queue writes it (the folder the file was found under).</param>
/// <param name="Source">The file's path relative to <paramref name="Corpus"/>, with '/' separators.</param>
public sealed record QueueSource(string Path, string Corpus, string Source)
{
    /// <summary>The article's name in the queue: its source path without extension.</summary>
    public string ArticleId => System.IO.Path.ChangeExtension(Source, null);
}
