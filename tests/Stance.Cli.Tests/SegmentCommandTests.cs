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
    public void Markdown_is_segmented_without_its_markup_and_offsets_point_into_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"stance-segment-{Guid.NewGuid():N}.md");
        const string markdown = "---\ntitle: Talks\n---\n# Talks resume\n\nThe **army** [denied](https://x.org) it.\n\n```\ncode here\n```\n";
        File.WriteAllText(path, markdown);
        try
        {
            var result = CliRunner.Run("segment", path, "--format", "tsv");
            Assert.Equal(0, result.Exit);
            var rows = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
            Assert.Equal(["Talks resume", "The army denied it."], rows.Select(r => r[4]));
            Assert.Equal("The **army** [denied](https://x.org) it.", markdown[int.Parse(rows[1][1], System.Globalization.CultureInfo.InvariantCulture)..int.Parse(rows[1][2], System.Globalization.CultureInfo.InvariantCulture)]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_file_exits_2_naming_the_file()
    {
        var result = CliRunner.Run("segment", "/no/such/article.txt");
        Assert.Equal(2, result.Exit);
        Assert.Contains("/no/such/article.txt", result.Err, StringComparison.Ordinal);
    }
}
