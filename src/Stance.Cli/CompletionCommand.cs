using System.CommandLine;
using Stance.Cli.Parsing;

namespace Stance.Cli;

/// <summary><c>stance completion SHELL</c>: prints the script that makes Tab complete stance's commands and options.</summary>
internal static class CompletionCommand
{
    /// <summary>The command, its argument and their help.</summary>
    public static StanceCommand Build(CliContext cli)
    {
        var shell = new Argument<string>("SHELL")
        {
            Description = "the shell: bash, zsh or pwsh (PowerShell)",
            HelpName = "SHELL",
            CustomParser = result => CompletionScripts.Shells.Contains(result.Tokens[0].Value, StringComparer.Ordinal)
                ? result.Tokens[0].Value
                : Refuse(result, $"no completion script for '{result.Tokens[0].Value}': use {string.Join(", ", CompletionScripts.Shells)}."),
        };
        shell.CompletionSources.Add(CompletionScripts.Shells);
        return new StanceCommand("completion", "Prints a script that completes commands, options and values on Tab.", shell)
        {
            Notes = """
                bash:  eval "$(stance completion bash)"          (add the line to ~/.bashrc)
                zsh:   eval "$(stance completion zsh)"           (in ~/.zshrc, after compinit)
                pwsh:  stance completion pwsh | Out-String | Invoke-Expression   (in $PROFILE)
                The scripts ask stance itself ('stance [suggest:POSITION] "LINE"', the directive
                dotnet-suggest also uses), so they never go out of date.
                """,
            Run = r =>
            {
                cli.Stdout.Write(CompletionScripts.For(r.GetValue(shell)!));
                return ExitCodes.Ok;
            },
        };
    }

    private static string Refuse(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return string.Empty;
    }
}
