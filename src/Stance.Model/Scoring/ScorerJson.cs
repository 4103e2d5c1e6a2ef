using System.Text.Json;
using System.Text.Json.Serialization;

namespace Stance.Model.Scoring;

/// <summary>
/// Compile-time JSON metadata for the entries every cold start reads (manifest, context model):
/// the reflection-based serializer emits IL for its accessors on first use, which cost a cold
/// <c>stance score</c> tens of milliseconds. Same settings as <see cref="ManifestJson.Options"/>.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(ModelManifest))]
[JsonSerializable(typeof(ContextModel.Stored))]
internal sealed partial class ScorerJson : JsonSerializerContext;
