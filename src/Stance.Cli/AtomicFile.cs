namespace Stance.Cli;

/// <summary>Writes a file whole or not at all: a temporary file beside it, then a rename.</summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new IOException($"the folder '{directory}' does not exist");
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
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
