using System.Text.Json;

namespace Stance.Model.Scoring;

/// <summary>JSON settings for manifests: camelCase, indented, stable.</summary>
public static class ManifestJson
{
    /// <summary>The serializer options used to read and write manifests.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
