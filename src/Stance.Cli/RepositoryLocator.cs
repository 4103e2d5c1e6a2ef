namespace Stance.Cli;

/// <summary>Finds the Stance checkout the user is in, for commands whose defaults are its data files.</summary>
internal static class RepositoryLocator
{
    /// <summary>The nearest folder at or above the working directory holding Stance.sln, or null.</summary>
    public static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Stance.sln")) && Directory.Exists(Path.Combine(dir.FullName, "data")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
