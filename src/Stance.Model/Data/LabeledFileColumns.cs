namespace Stance.Model.Data;

/// <summary>Where the optional columns of a labeled file are (-1 when absent).</summary>
internal sealed class LabeledFileColumns(string[] names)
{
    public int Count { get; } = names.Length;

    public int Provenance { get; } = Array.IndexOf(names, "provenance");

    public int Corpus { get; } = Array.IndexOf(names, "corpus");

    public int Source { get; } = Array.IndexOf(names, "source");

    public int Start { get; } = Array.IndexOf(names, "start");

    public int End { get; } = Array.IndexOf(names, "end");

    public int Sha256 { get; } = Array.IndexOf(names, "sha256");

    public int Decision { get; } = Array.IndexOf(names, "decision");
}
