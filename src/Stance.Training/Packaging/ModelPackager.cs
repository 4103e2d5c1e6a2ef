using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.ML;
using Stance.Model.Features;
using Stance.Model.Scoring;

namespace Stance.Training.Packaging;

/// <summary>Writes a model file: the ML.NET model zip with the Stance manifest added as one more entry.</summary>
public static class ModelPackager
{
    /// <summary>Saves atomically: a temporary file beside <paramref name="path"/>, then a rename.</summary>
    public static void Save(MLContext ml, ITransformer model, ModelManifest manifest, string path, byte[]? linear = null, ContextModel? context = null)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(manifest);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite))
            {
                var schema = ml.Data.LoadFromEnumerable(Array.Empty<ModelInput>()).Schema;
                ml.Model.Save(model, schema, stream);
                stream.Position = 0;
                using var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true);
                var entry = zip.CreateEntry(ModelManifest.EntryName, CompressionLevel.Optimal);
                using (var json = entry.Open())
                {
                    JsonSerializer.Serialize(json, manifest, ManifestJson.Options);
                }

                if (context is not null)
                {
                    using var contextEntry = zip.CreateEntry(ContextModel.EntryName, CompressionLevel.Optimal).Open();
                    context.Write(contextEntry);
                }

                if (linear is not null)
                {
                    using var linearEntry = zip.CreateEntry(LinearScorer.EntryName, CompressionLevel.Optimal).Open();
                    linearEntry.Write(linear);
                }
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Lower-case hex SHA-256 of a file.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
