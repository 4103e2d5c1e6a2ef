namespace Stance.Model.Attribution;

/// <summary>One written form of a known actor.</summary>
/// <param name="Words">Its word keys (lower case unless <paramref name="CaseSensitive"/>).</param>
/// <param name="CaseSensitive">True when it must match in capitals ("US", "WHO").</param>
/// <param name="Actor">The actor it names.</param>
internal sealed record Alias(string[] Words, bool CaseSensitive, Actor Actor);
