using Stance.Cli.Parsing;

namespace Stance.Cli.Tests;

/// <summary>How the command line is read: both option spellings, '--', and what a typo gets.</summary>
public sealed class ArgumentSyntaxTests
{
    private static readonly string Article = RepoPaths.Of("seeds", "004_d287f8da5092c987.txt");

    [Fact]
    public void An_option_value_after_an_equals_sign_means_the_same_as_after_a_space()
    {
        var spaced = CliRunner.Run("segment", Article, "--format", "tsv");
        var joined = CliRunner.Run("segment", Article, "--format=tsv");
        Assert.Equal(0, joined.Exit);
        Assert.Equal(spaced.Out, joined.Out);
        Assert.Contains("\t", joined.Out, StringComparison.Ordinal);

        var score = CliRunner.Run("score", Article, "--format=json", "--threshold=deny=0.5");
        Assert.True(score.Exit == 0, score.Err);
        using var json = System.Text.Json.JsonDocument.Parse(score.Out);
        Assert.Equal(0.5, json.RootElement.GetProperty("model").GetProperty("thresholds").GetProperty("deny").GetDouble());
    }

    [Fact]
    public void A_double_dash_ends_the_options_so_a_path_may_start_with_a_dash()
    {
        var after = Parse("segment", "--format", "tsv", "--", "-draft.txt");
        Assert.Null(ParseErrorMessages.Describe(after));
        Assert.Equal("-draft.txt", after.GetValue<string>("FILE"));

        var batch = Parse("batch", "--out", "o.tsv", "--", "--odd-folder", "-x.txt");
        Assert.Null(ParseErrorMessages.Describe(batch));
        Assert.Equal(["--odd-folder", "-x.txt"], batch.GetValue<List<string>>("PATH"));

        var before = CliRunner.Run("segment", "-draft.txt");
        Assert.Equal(1, before.Exit);
        Assert.Contains("unknown option '-draft.txt' for segment (a path starting with '-' goes after '--')", before.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "scroe", "a.txt" }, "unknown command 'scroe' (did you mean 'score'?)")]
    [InlineData(new[] { "bacth" }, "unknown command 'bacth' (did you mean 'batch'?)")]
    [InlineData(new[] { "help", "segmnet" }, "unknown command 'segmnet' (did you mean 'segment'?)")]
    [InlineData(new[] { "score", "a.txt", "--fromat", "json" }, "unknown option '--fromat' for score (did you mean '--format'?)")]
    [InlineData(new[] { "batch", "in", "--out", "o.tsv", "--reusme" }, "unknown option '--reusme' for batch (did you mean '--resume'?)")]
    [InlineData(new[] { "evaluate", "--gold", "g.tsv", "--tresholds", "deny=0.5" }, "unknown option '--tresholds' for evaluate (did you mean '--threshold'?)")]
    [InlineData(new[] { "train", "--no-trial" }, "unknown option '--no-trial' for train (did you mean '--no-trials'?)")]
    public void A_typo_is_a_usage_error_that_names_what_was_probably_meant(string[] args, string message)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(1, result.Exit);
        Assert.Contains(message, result.Err, StringComparison.Ordinal);
        Assert.Equal(2, result.Err.Trim().Split('\n').Length);
    }

    [Fact]
    public void Nothing_is_suggested_for_a_word_close_to_no_name()
    {
        var result = CliRunner.Run("frobnicate");
        Assert.Equal(1, result.Exit);
        Assert.Contains("unknown command 'frobnicate'.", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "batch" }, "batch needs PATH... and --out FILE.")]
    [InlineData(new[] { "merge", "s1.tsv" }, "merge needs --out FILE.")]
    [InlineData(new[] { "evaluate" }, "evaluate needs --gold FILE...")]
    [InlineData(new[] { "score", "a.txt", "b.txt" }, "score takes one FILE; 'b.txt' is one too many.")]
    [InlineData(new[] { "score", "a.txt", "--format", "json", "--format", "tsv" }, "--format")]
    [InlineData(new[] { "score", "a.txt", "--out", "--format", "json" }, "--out needs a value.")]
    [InlineData(new[] { "evaluate", "--gold", "g.tsv", "--bogus" }, "unknown option '--bogus' for evaluate")]
    [InlineData(new[] { "batch", "in", "--out", "o.tsv", "--threads", "0" }, "--threads takes a whole number from 1 to 256, not '0'.")]
    [InlineData(new[] { "score", "a.txt", "--threshold", "lie=0.5" }, "--threshold takes LABEL=P")]
    [InlineData(new[] { "score", "a.txt", "--width", "5" }, "--width takes a number of columns")]
    [InlineData(new[] { "annotate", "in", "--out", "q.tsv", "--focus", "lying" }, "--focus takes labels")]
    [InlineData(new[] { "annotate", "in", "--out", "q.tsv", "--strategy", "greedy" }, "unknown strategy 'greedy'")]
    [InlineData(new[] { "attribution-eval", "--split", "dev" }, "unknown split 'dev'")]
    [InlineData(new[] { "completion", "fish" }, "no completion script for 'fish'")]
    public void Usage_errors_are_one_line_naming_the_argument(string[] args, string message)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(1, result.Exit);
        Assert.Contains(message, result.Err, StringComparison.Ordinal);
        Assert.Equal(["stance: ", "Run 'stance --help' for usage."], [result.Err[..8], result.Err.Trim().Split('\n')[^1]]);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Paths_starting_with_an_at_sign_are_paths_not_response_files()
    {
        var result = Parse("segment", "@notes.txt");
        Assert.Null(ParseErrorMessages.Describe(result));
        Assert.Equal("@notes.txt", result.GetValue<string>("FILE"));
    }

    private static System.CommandLine.ParseResult Parse(params string[] args) =>
        CommandLine.Root(new CliContext(TextWriter.Null, TextWriter.Null, null, false, false, default)).Parse(args, CommandLine.Configuration);
}
