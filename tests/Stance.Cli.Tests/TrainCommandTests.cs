using Stance.Tests;

namespace Stance.Cli.Tests;

/// <summary>`stance train`'s defaults: what it reads when no file is named.</summary>
public sealed class TrainCommandTests
{
    [Fact]
    public void Without_data_it_reads_the_checkouts_labeled_files()
    {
        // An --out that names one of the default files is refused before any training, which
        // shows the defaults were taken (an empty --data once trained on nothing and said so only
        // after loading).
        var target = RepoPaths.Of("data", "real-train.tsv");
        var before = File.ReadAllBytes(target);
        var (exit, _, err) = CliRunner.Run("train", "--out", target, "--no-trials", "--no-dev", "--no-rates");
        Assert.Equal(ExitCodes.OutputNotWritable, exit);
        Assert.Contains("real-train.tsv' is the input", err, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(target));
    }
}
