using System.Diagnostics;

namespace Stance.Cli.Tests;

/// <summary>Tab completion: the [suggest] directive the scripts call, and a script run by a real bash.</summary>
public sealed class CompletionTests
{
    [Theory]
    [InlineData("stance sc", "score")]
    [InlineData("stance seg", "segment")]
    [InlineData("stance score a.txt --fo", "--format")]
    [InlineData("stance batch in --out o.tsv --res", "--resume")]
    [InlineData("/usr/local/bin/stance att", "attribution-eval")]
    public void The_suggest_directive_completes_commands_and_options(string line, string expected)
    {
        var suggestions = Suggest(line);
        Assert.Contains(expected, suggestions);
        Assert.All(suggestions, s => Assert.StartsWith(line.Split(' ')[^1], s, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("stance score a.txt --format ", new[] { "html", "json", "table", "tsv" })]
    [InlineData("stance batch in --out o.tsv --encoding ", new[] { "auto", "latin1", "utf-16", "utf-8", "windows-1252" })]
    [InlineData("stance annotate in --strategy ", new[] { "mixed", "random", "uncertain" })]
    [InlineData("stance completion ", new[] { "bash", "pwsh", "zsh" })]
    public void The_values_of_an_option_with_choices_are_completed(string line, string[] expected) =>
        Assert.Equal(expected, Suggest(line).Where(s => !s.StartsWith('-')));

    [Fact]
    public void Only_the_command_at_the_cursor_is_completed()
    {
        var suggestions = Suggest("stance sc");
        Assert.DoesNotContain("batch", suggestions);
        Assert.DoesNotContain("segment", suggestions);
    }

    [Theory]
    [InlineData("bash", "complete -o default -F _stance_complete stance")]
    [InlineData("zsh", "compdef _stance_complete stance")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName stance")]
    public void The_completion_command_prints_a_script_that_asks_the_suggest_directive(string shell, string registration)
    {
        var result = CliRunner.Run("completion", shell);
        Assert.Equal(0, result.Exit);
        Assert.Contains(registration, result.Out, StringComparison.Ordinal);
        Assert.Contains("[suggest:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bash_completes_stance_sc_to_score_with_the_printed_script()
    {
        // A real bash loads the script and calls the built tool for 'stance sc<TAB>'.
        var script = CliRunner.Run("completion", "bash").Out;
        var tool = typeof(CommandLine).Assembly.Location;
        var probe = $$"""
            stance() { dotnet '{{tool}}' "$@"; }
            {{script}}
            COMP_LINE='stance sc'; COMP_POINT=9; COMP_WORDS=(stance sc); COMP_CWORD=1
            _stance_complete
            printf '%s\n' "${COMPREPLY[@]}"
            """;
        var info = new ProcessStartInfo("bash", ["-c", probe]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var bash = Process.Start(info)!;
        var output = bash.StandardOutput.ReadToEndAsync();
        var error = await bash.StandardError.ReadToEndAsync();
        await bash.WaitForExitAsync();
        Assert.True(bash.ExitCode == 0, error);
        Assert.Equal("score", (await output).Trim());
    }

    private static string[] Suggest(string line)
    {
        var result = CliRunner.Run($"[suggest:{line.Length}]", line);
        Assert.True(result.Exit == 0, result.Err);
        return result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
