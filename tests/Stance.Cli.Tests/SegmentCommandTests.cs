namespace Stance.Cli.Tests;

public sealed class SegmentCommandTests
{
    [Fact]
    public void Prints_every_seed_sentence_numbered()
    {
        var result = CliRunner.Run("segment", RepoPaths.Of("seeds", "004_d287f8da5092c987.txt"));
        Assert.Equal(0, result.Exit);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(16, lines.Length);
        Assert.StartsWith("  1 Russia denies bombing civilians in Syria", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_exits_2_naming_the_file()
    {
        var result = CliRunner.Run("segment", "/no/such/article.txt");
        Assert.Equal(2, result.Exit);
        Assert.Contains("/no/such/article.txt", result.Err, StringComparison.Ordinal);
    }
}
