using System.Globalization;
using Stance.Model.Attribution;

namespace Stance.Cli.Formatting;

/// <summary>
/// The attribution columns of TSV and CSV output: speaker, speaker_type, speaker_span, target,
/// target_type, target_span, responds_to. A span is SENTENCE:START-END (offsets within that
/// sentence's text; "he said" points to the sentence naming the person). Empty when the sentence
/// carries no move, or has no target.
/// </summary>
internal static class AttributionColumns
{
    /// <summary>The column names, in order.</summary>
    public static readonly IReadOnlyList<string> Names = ["speaker", "speaker_type", "speaker_span", "target", "target_type", "target_span", "responds_to"];

    /// <summary>The values for one sentence (not yet escaped).</summary>
    public static IEnumerable<string> Values(SentenceAttribution? a) =>
    [
        a?.Speaker.Actor.Canonical ?? string.Empty,
        a is null ? string.Empty : ActorTypes.NameOf(a.Speaker.Actor.Type),
        Span(a?.Speaker.Mention),
        a?.Target?.Actor.Canonical ?? string.Empty,
        a?.Target is { } t ? ActorTypes.NameOf(t.Actor.Type) : string.Empty,
        Span(a?.Target?.Mention),
        a?.RespondsTo?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
    ];

    private static string Span(Mention? m) => m is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{m.SentenceId}:{m.Start}-{m.End}");
}
