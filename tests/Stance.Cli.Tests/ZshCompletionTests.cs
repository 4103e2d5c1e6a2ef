namespace Stance.Cli.Tests;

/// <summary>The zsh completion script in a real interactive zsh, keys typed in a tmux terminal.</summary>
[Collection(SystemPackages.Collection)]
public sealed class ZshCompletionTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("stance-zsh-").FullName;
    private readonly string _session = "stance-zsh-" + Guid.NewGuid().ToString("N")[..8];

    [SkippableFact]
    public void Tab_completes_a_command_and_an_options_values()
    {
        Skip.If(Tmux.Find() is null, Tmux.WhyMissing);
        Skip.If(Zsh.Find() is null, Zsh.WhyMissing);
        var script = Path.Combine(_root, "stance.zsh");
        File.WriteAllText(script, CliRunner.Run("completion", "zsh").Out);
        var setup = Path.Combine(_root, "setup.zsh");
        File.WriteAllText(setup, $"""
            autoload -Uz compinit && compinit -u -d {_root}/zcompdump
            stance() {"{"} dotnet '{typeof(CommandLine).Assembly.Location}' "$@"; {"}"}
            source {script}
            print ready
            """);
        // In a folder of its own: zsh's fallback, completing file names, could show "json" elsewhere.
        Tmux.Start(_session, $"cd {_root} && env ZDOTDIR={_root} zsh -f -i");
        Tmux.Keys(_session, $"source {setup}\n");
        Tmux.WaitFor(_session, "ready");

        Tmux.Keys(_session, "stance sc\t");
        Tmux.WaitFor(_session, "stance score");

        Tmux.Keys(_session, "\u0015stance score a.txt --format \t");
        var screen = Tmux.WaitFor(_session, "table");
        Assert.Contains("json", screen, StringComparison.Ordinal);
        Assert.Contains("tsv", screen, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Tmux.Kill(_session);
        Directory.Delete(_root, recursive: true);
    }
}
