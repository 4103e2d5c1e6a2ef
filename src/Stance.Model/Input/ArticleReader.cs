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
        return new ArticleText(name, Decode(bytes, name), bytes.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
    }

    /// <summary>Decodes bytes the way <see cref="Read(string, ArticleReaderOptions?)"/> does.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string name)
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
                throw new ArticleReadException(name, InputProblem.Binary, $"is binary, not text (NUL byte at offset {nul})");
            }

            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                var offset = FirstInvalidUtf8(bytes);
                throw new ArticleReadException(name, InputProblem.NotDecodable, $"is not valid UTF-8 (first bad byte at offset {offset}); convert it, e.g. iconv -f latin1 -t utf-8", e);
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleReadException(name, InputProblem.Empty, "is empty");
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
