using System.Buffers.Binary;

namespace Stance.Model.Scoring;

/// <summary>
/// The shipped model as embedded: one Brotli stream of a zip of the scorer's entries
/// (<c>stance/...</c>) only, stored (not compressed), read front to back without its central
/// directory (see Stance.Model.csproj). The model file's ML.NET pipeline is not shipped.
/// </summary>
internal static class EmbeddedModel
{
    private const uint LocalHeader = 0x04034b50;
    private const string ScorerFolder = "stance/";

    /// <summary>
    /// The entries of the leading <c>stance/</c> folder, by name; null when the resource is not laid
    /// out that way (e.g. a plain zip), so that the caller reads the whole file instead.
    /// </summary>
    /// <exception cref="ModelLoadException">The embedded stream is truncated or corrupt (a broken build).</exception>
    public static Dictionary<string, byte[]>? ReadScorerEntries(string resourceName)
    {
        using var stream = EmbeddedResources.Open(resourceName);
        if (stream is null)
        {
            return null;
        }

        try
        {
            return ReadLeadingEntries(stream);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException)
        {
            throw new ModelLoadException($"the default model embedded in this build is corrupt ({e.Message}); reinstall Stance or pass a model with --model", e);
        }
    }

    private static Dictionary<string, byte[]>? ReadLeadingEntries(Stream stream)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        Span<byte> header = stackalloc byte[30];
        while (true)
        {
            stream.ReadExactly(header);
            var method = BinaryPrimitives.ReadUInt16LittleEndian(header[8..]);
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(header[6..]);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(header[18..]);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header[26..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
            // Only stored entries whose size is in the header can be read front to back.
            if (BinaryPrimitives.ReadUInt32LittleEndian(header) != LocalHeader || method != 0 || (flags & 0x8) != 0 || size == uint.MaxValue)
            {
                return entries.Count > 0 ? entries : null;
            }

            var name = new byte[nameLength];
            stream.ReadExactly(name);
            var entryName = System.Text.Encoding.UTF8.GetString(name);
            if (!entryName.StartsWith(ScorerFolder, StringComparison.Ordinal))
            {
                return entries.Count > 0 ? entries : null;
            }

            stream.ReadExactly(new byte[extraLength]);
            var data = new byte[size];
            stream.ReadExactly(data);
            entries[entryName] = data;
        }
    }
}
