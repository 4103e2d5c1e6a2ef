namespace Stance.Cli;

/// <summary>Keeps a command from writing over what it reads.</summary>
internal static class OutputGuard
{
    /// <summary>Fails when <paramref name="output"/> is one of <paramref name="inputs"/> (the same file by path or by link).</summary>
    /// <param name="output">The output path as the user gave it.</param>
    /// <param name="inputs">Every file or folder the command reads.</param>
    /// <param name="option">The option that named <paramref name="output"/>, for the message.</param>
    /// <exception cref="CommandFailedException">With <see cref="ExitCodes.OutputNotWritable"/>, naming both.</exception>
    public static void RefuseOverwritingInputs(string output, IEnumerable<string> inputs, string option = "--out")
    {
        var target = Identity(output);
        foreach (var input in inputs.Where(i => i.Length > 0 && i != "-"))
        {
            if (string.Equals(Identity(input), target, StringComparison.Ordinal))
            {
                throw new CommandFailedException(ExitCodes.OutputNotWritable, $"{option} '{output}' is the input '{input}': refusing to write over an input; choose another output file");
            }
        }
    }

    /// <summary>The full path with symbolic links resolved, so two names of one file compare equal.</summary>
    public static string Identity(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var info = new FileInfo(full);
            if (info.Exists && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                return Path.GetFullPath(target.FullName);
            }

            var directory = Path.GetDirectoryName(full);
            if (directory is not null && new DirectoryInfo(directory) is { Exists: true } folder && folder.ResolveLinkTarget(true) is { } realFolder)
            {
                return Path.Combine(realFolder.FullName, Path.GetFileName(full));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable link is compared by its own path.
        }

        return full;
    }
}
