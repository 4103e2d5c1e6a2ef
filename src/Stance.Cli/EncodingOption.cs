using Stance.Model.Input;

namespace Stance.Cli;

/// <summary>The --encoding option of score, batch and annotate.</summary>
internal static class EncodingOption
{
    /// <summary>The names users type.</summary>
    public const string Names = "utf-8, utf-16, latin1, windows-1252 or auto";

    /// <summary>Parses a name.</summary>
    /// <exception cref="UsageException">An unknown name.</exception>
    public static TextEncoding Parse(string name) => name.ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => TextEncoding.Utf8,
        "utf-16" or "utf16" => TextEncoding.Utf16,
        "latin1" or "latin-1" or "iso-8859-1" => TextEncoding.Latin1,
        "windows-1252" or "cp1252" => TextEncoding.Windows1252,
        "auto" => TextEncoding.Auto,
        _ => throw new UsageException($"unknown encoding '{name}': use {Names}."),
    };

    /// <summary>The canonical name of an encoding.</summary>
    public static string NameOf(TextEncoding encoding) => encoding switch
    {
        TextEncoding.Utf16 => "utf-16",
        TextEncoding.Latin1 => "latin1",
        TextEncoding.Windows1252 => "windows-1252",
        TextEncoding.Auto => "auto",
        _ => "utf-8",
    };
}
