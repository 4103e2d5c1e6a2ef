namespace Stance.Cli.Tests;

/// <summary>
/// Compares output with a committed golden file. After an intended change (a retrained model,
/// a new format), regenerate with STANCE_UPDATE_GOLDEN=1 dotnet test and review the diff.
/// </summary>
internal static class Golden
{
    public static void Check(string name, string actual)
    {
        actual = actual.Replace(RepoPaths.Root + Path.DirectorySeparatorChar, "<repo>/", StringComparison.Ordinal);
        var source = RepoPaths.Of("tests", "Stance.Cli.Tests", "Golden", name);
        if (Environment.GetEnvironmentVariable("STANCE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(source, actual);
            return;
        }

        Assert.True(File.Exists(source), $"golden file {name} is missing: run with STANCE_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(source), actual);
    }
}
