namespace Stance.Model.Attribution;

/// <summary>The written names of <see cref="ActorType"/> (lower case, as in the gold files and outputs).</summary>
public static class ActorTypes
{
    private static readonly string[] Names = ["state", "armed", "intl", "media", "person", "other"];

    /// <summary>The name of <paramref name="type"/>.</summary>
    public static string NameOf(ActorType type) => Names[(int)type];

    /// <summary>Parses a type name; false for an unknown one.</summary>
    public static bool TryParse(string name, out ActorType type)
    {
        var index = Array.IndexOf(Names, name.Trim().ToLowerInvariant());
        type = index < 0 ? ActorType.Other : (ActorType)index;
        return index >= 0;
    }
}
