namespace Stance.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData(new string[0], 1)]
    [InlineData(new[] { "--help" }, 0)]
    [InlineData(new[] { "segment", "--help" }, 0)]
    [InlineData(new[] { "train", "--help" }, 0)]
    [InlineData(new[] { "help", "score" }, 0)]
    public void Help_is_printed_with_the_documented_exit_code(string[] args, int exit)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(exit, result.Exit);
        Assert.Contains("Usage", result.Out, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Help_with_a_command_prints_that_commands_usage()
    {
        var result = CliRunner.Run("help", "score");
        Assert.Equal(0, result.Exit);
        Assert.Contains("Usage:\n  stance score <FILE> [options]\n", result.Out, StringComparison.Ordinal);
        Assert.Equal(CliRunner.Run("score", "--help").Out, result.Out);
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'")]
    [InlineData(new[] { "segment" }, "segment needs a FILE")]
    [InlineData(new[] { "segment", "a.txt", "--bogus" }, "unknown option '--bogus'")]
    [InlineData(new[] { "segment", "a.txt", "--format" }, "--format needs a value")]
    [InlineData(new[] { "segment", "a.txt", "--format", "xml" }, "unknown format 'xml'")]
    [InlineData(new[] { "train", "--seed", "abc" }, "--seed takes a whole number")]
    [InlineData(new[] { "train", "--trainer", "svm" }, "unknown trainer 'svm'")]
    public void Usage_errors_exit_1_with_a_message_and_no_stack_trace(string[] args, string message)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(1, result.Exit);
        Assert.Contains(message, result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_is_printed()
    {
        var result = CliRunner.Run("--version");
        Assert.Equal(0, result.Exit);
        Assert.StartsWith("stance ", result.Out, StringComparison.Ordinal);
        Assert.Contains("model: ", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"dev-real macro-F1 0\.\d{3}", result.Out);
        Assert.Contains("data/real-train.tsv (sha256 ", result.Out, StringComparison.Ordinal);
    }
}
