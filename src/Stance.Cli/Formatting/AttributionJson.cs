using Stance.Model.Attribution;

namespace Stance.Cli.Formatting;

/// <summary>
/// The attribution keys of a sentence in JSON output: <c>speaker</c>, <c>target</c> (each with
/// name, type and the mention's span) and <c>responds_to</c>; null for sentences without a move.
/// </summary>
internal static class AttributionJson
{
    /// <summary>Adds the keys to <paramref name="json"/>.</summary>
    public static void Add(Dictionary<string, object> json, SentenceAttribution? attribution)
    {
        json["speaker"] = attribution is null ? null! : Actor(attribution.Speaker);
        json["target"] = attribution?.Target is { } target ? Actor(target) : null!;
        json["responds_to"] = attribution?.RespondsTo is { } id ? id : null!;
    }

    private static Dictionary<string, object?> Actor(ActorMention mention) => new Dictionary<string, object?>
    {
        ["name"] = mention.Actor.Canonical,
        ["type"] = ActorTypes.NameOf(mention.Actor.Type),
        ["mention"] = mention.Mention is { } m ? new { sentence = m.SentenceId, start = m.Start, end = m.End, text = m.Text } : null,
    };
}
