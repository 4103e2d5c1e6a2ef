using Stance.Cli.Parsing;

namespace Stance.Cli.Tests;

/// <summary>
/// The help is generated from the declared options, so it cannot drift from what is parsed; the
/// golden files show every change to it in review.
/// </summary>
public sealed class HelpTests
{
    private static readonly System.CommandLine.RootCommand Root = CommandLine.Root(new CliContext(TextWriter.Null, TextWriter.Null, null, false, false, default));

    public static TheoryData<string> Commands() => [.. Root.Subcommands.Select(c => c.Name)];

    [Fact]
    public void The_tool_help_lists_every_command()
    {
        var help = CliRunner.Run("--help");
        Assert.Equal(0, help.Exit);
        Golden.Check("help.txt", help.Out);
        foreach (var command in Root.Subcommands)
        {
            Assert.Contains($"\n  {command.Name}", help.Out, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_the_same_help_three_ways_listing_every_option(string command)
    {
        var help = CliRunner.Run(command, "--help");
        Assert.Equal(0, help.Exit);
        Assert.Equal(help.Out, CliRunner.Run(command, "-h").Out);
        Assert.Equal(help.Out, CliRunner.Run("help", command).Out);
        Golden.Check($"help-{command}.txt", help.Out);
        foreach (var option in Root.Subcommands.Single(c => c.Name == command).Options)
        {
            Assert.Contains(option.Name, help.Out, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(" \n", help.Out, StringComparison.Ordinal);
        Assert.All(help.Out.Split('\n'), line => Assert.True(line.Length <= HelpWithNotes.Width, line));
    }

    [Fact]
    public void Help_wins_over_a_usage_error_on_the_same_line()
    {
        var result = CliRunner.Run("batch", "--help", "--threads", "zero");
        Assert.Equal(0, result.Exit);
        Assert.Contains("stance batch <PATH>... [options]", result.Out, StringComparison.Ordinal);
    }
}
