using System.IO.Compression;

namespace Stance.Model;

/// <summary>Reads the data files embedded in this assembly (word lists, lexicons, the default model).</summary>
internal static class EmbeddedResources
{
    private const string Prefix = "Stance.Model.Resources.";

    public static Stream? Open(string relativeName)
    {
        var name = Prefix + relativeName.Replace('/', '.');
        var assembly = typeof(EmbeddedResources).Assembly;
        if (assembly.GetManifestResourceStream(name) is { } plain)
        {
            return plain;
        }

        // The default model ships Brotli-compressed to keep the tool package small (Stance.Model.csproj).
        var compressed = assembly.GetManifestResourceStream(name + ".br");
        return compressed is null ? null : new BrotliStream(compressed, CompressionMode.Decompress);
    }

    public static string ReadText(string relativeName)
    {
        using var stream = Open(relativeName)
            ?? throw new InvalidOperationException($"Embedded resource '{relativeName}' is missing from {typeof(EmbeddedResources).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Non-empty lines that are not comments (#), trimmed.</summary>
    public static IEnumerable<string> ReadLines(string relativeName) =>
        ReadText(relativeName)
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'));

    /// <summary>All whitespace-separated words of a word-list file, lower-cased.</summary>
    public static HashSet<string> ReadWordSet(string relativeName) =>
        ReadLines(relativeName)
            .SelectMany(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(word => word.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
}
