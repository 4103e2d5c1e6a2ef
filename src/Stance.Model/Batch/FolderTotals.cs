namespace Stance.Model.Batch;

/// <summary>Totals of one top-level folder (an outlet, typically).</summary>
public sealed class FolderTotals
{
    /// <summary>Articles labeled.</summary>
    public int Articles { get; set; }

    /// <summary>All sentences, boilerplate included (what the output holds).</summary>
    public int AllSentences { get; set; }

    /// <summary>Non-boilerplate sentences (the ones labeled; label shares are of these).</summary>
    public int Sentences { get; set; }

    /// <summary>Sentences per label, in label order.</summary>
    public int[] LabelCounts { get; } = new int[4];
}
