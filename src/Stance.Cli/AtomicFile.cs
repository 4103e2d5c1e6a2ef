namespace Stance.Cli;

/// <summary>Writes a file whole or not at all: a temporary file beside it, then a rename.</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/>; failures name <paramref name="path"/>, never the temporary file.</summary>
    /// <exception cref="IOException">The file cannot be written; the message names it.</exception>
    public static void Write(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new IOException($"cannot write '{path}': the folder '{directory}' does not exist");
        }

        if (Directory.Exists(full))
        {
            throw new IOException($"cannot write '{path}': it is a folder");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false)))
            {
                write(writer);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot write '{path}': {Reason(e, temporary, full)}", e);
        }
        finally
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing was created, or the folder refuses us: either way there is nothing to clean.
            }
        }
    }

    // The system's message names the temporary file; the user knows only the path they gave.
    private static string Reason(Exception e, string temporary, string full) => e is UnauthorizedAccessException
        ? "permission denied"
        : e.Message.Replace(temporary, full, StringComparison.Ordinal).Replace(Path.GetFileName(temporary), Path.GetFileName(full), StringComparison.Ordinal);
}
