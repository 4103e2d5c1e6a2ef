namespace Stance.Model.Segmentation;

/// <summary>How a full stop after an abbreviation behaves.</summary>
internal enum AbbreviationKind
{
    /// <summary>A title before a name (Mr., Gen.): never ends a sentence.</summary>
    Title,

    /// <summary>A month (Jan.): ends a sentence only before a clear sentence starter.</summary>
    Month,

    /// <summary>A unit or Latin abbreviation (No., etc.): ends a sentence only before a clear sentence starter.</summary>
    Unit,
}
