using System.Text;

namespace Stance.Model.Input;

/// <summary>
/// Reads article files safely: UTF-8 with or without BOM, UTF-16 with BOM; refuses missing,
/// empty, binary, undecodable and oversized input with a message that names the file (and the
/// byte offset of bad UTF-8) instead of producing garbage.
/// </summary>
public static class ArticleReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file extensions Stance reads as articles.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".text", ".html", ".htm", ".md", ".markdown"];

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="ArticleReadException">The file cannot be used; <see cref="ArticleReadException.Problem"/> says why.</exception>
    public static ArticleText Read(string path, ArticleReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ArticleReaderOptions.Default;
        if (Directory.Exists(path))
        {
            throw new ArticleReadException(path, InputProblem.IsDirectory, "is a directory, not an article file");
        }

        if (!File.Exists(path))
        {
            throw new ArticleReadException(path, InputProblem.NotFound, "no such file");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            return Read(stream, path, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArticleReadException(path, InputProblem.Unreadable, $"cannot be read ({e.Message})", e);
        }
    }

    /// <summary>Reads an article from <paramref name="stream"/> (e.g. standard input); <paramref name="name"/> is used in messages.</summary>
    public static ArticleText Read(Stream stream, string name, ArticleReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ArticleReaderOptions.Default;
        if (stream.CanSeek && stream.Length > options.MaxBytes)
        {
            throw TooLarge(name, stream.Length, options);
        }

        var bytes = ReadBounded(stream, name, options);
        var (text, warning) = Decode(bytes, name, options.Encoding);
        return new ArticleText(name, text, bytes.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), warning);
    }

    /// <summary>Decodes bytes the way <see cref="Read(string, ArticleReaderOptions?)"/> does with strict UTF-8.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string name) => Decode(bytes, name, TextEncoding.Utf8).Text;

    /// <summary>Decodes bytes with <paramref name="encoding"/>; the warning says when auto-detection fell back to Windows-1252.</summary>
    /// <exception cref="ArticleReadException">The bytes are binary, empty or not valid in the encoding.</exception>
    public static (string Text, string? Warning) Decode(ReadOnlySpan<byte> bytes, string name, TextEncoding encoding)
    {
        string? warning = null;
        string text;
        switch (encoding)
        {
            case TextEncoding.Latin1:
                text = SingleByte(bytes, System.Text.Encoding.Latin1, name);
                break;
            case TextEncoding.Windows1252:
                text = SingleByte(bytes, Windows1252.Value, name);
                break;
            case TextEncoding.Utf16:
                text = Utf16(bytes, name, bigEndian: HasBom(bytes) ? bytes[0] == 0xFE : LooksLikeUtf16(bytes) == true);
                break;
            case TextEncoding.Auto when !HasBom(bytes) && LooksLikeUtf16(bytes) is { } bigEndian:
                text = Utf16(bytes, name, bigEndian);
                break;
            case TextEncoding.Auto:
                try
                {
                    text = DecodeUtf8(bytes, name);
                }
                catch (ArticleReadException e) when (e.Problem == InputProblem.NotDecodable)
                {
                    text = SingleByte(bytes, Windows1252.Value, name);
                    warning = "not UTF-8; read as Windows-1252 (give --encoding to choose another)";
                }

                break;
            default:
                text = DecodeUtf8(bytes, name);
                break;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleReadException(name, InputProblem.Empty, "is empty");
        }

        return (text, warning);
    }

    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    private static bool HasBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>BOM-less UTF-16 of Latin-script text has a NUL in most odd (LE) or even (BE) bytes; null when it does not look so.</summary>
    private static bool? LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenNuls += sample[i] == 0 ? 1 : 0;
            oddNuls += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        return oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05 ? false
            : evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05 ? true
            : null;
    }

    private static string Utf16(ReadOnlySpan<byte> bytes, string name, bool bigEndian)
    {
        var offset = HasBom(bytes) ? 2 : 0;
        try
        {
            return new UnicodeEncoding(bigEndian, false, true).GetString(bytes[offset..]);
        }
        catch (DecoderFallbackException e)
        {
            throw new ArticleReadException(name, InputProblem.NotDecodable, $"is not valid UTF-16 (byte {e.Index + offset})", e);
        }
    }

    private static string SingleByte(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new ArticleReadException(name, InputProblem.Binary, $"is binary, not text (NUL byte at offset {nul})");
        }

        return encoding.GetString(bytes);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, string name)
    {
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var encoding = bytes[0] == 0xFF ? new UnicodeEncoding(false, false, true) : new UnicodeEncoding(true, false, true);
            try
            {
                text = encoding.GetString(bytes[2..]);
            }
            catch (DecoderFallbackException e)
            {
                throw new ArticleReadException(name, InputProblem.NotDecodable, $"is not valid UTF-16 (byte {e.Index + 2})", e);
            }
        }
        else
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }

            var nul = bytes.IndexOf((byte)0);
            if (nul >= 0)
            {
                throw LooksLikeUtf16(bytes) is null
                    ? new ArticleReadException(name, InputProblem.Binary, $"is binary, not text (NUL byte at offset {nul})")
                    : new ArticleReadException(name, InputProblem.NotDecodable, "looks like UTF-16 without a byte-order mark: give --encoding utf-16 or auto");
            }

            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                var offset = FirstInvalidUtf8(bytes);
                throw new ArticleReadException(name, InputProblem.NotDecodable, $"is not valid UTF-8 (first bad byte at offset {offset}); give --encoding latin1, windows-1252 or auto, or convert it, e.g. iconv -f latin1 -t utf-8", e);
            }
        }

        return text;
    }

    private static byte[] ReadBounded(Stream stream, string name, ArticleReaderOptions options)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > options.MaxBytes)
            {
                throw TooLarge(name, buffer.Length + read, options);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ArticleReadException TooLarge(string name, long bytes, ArticleReaderOptions options) =>
        new(name, InputProblem.TooLarge, $"is too large ({bytes / 1048576.0:F1} MB; the limit is {options.MaxBytes / 1048576.0:F0} MB for one article)");

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var consumed, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? -1 : consumed;
    }
}
