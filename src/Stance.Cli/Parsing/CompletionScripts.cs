namespace Stance.Cli.Parsing;

/// <summary>
/// Shell scripts that complete 'stance' on Tab by asking the tool itself, through the library's
/// <c>[suggest:POSITION]</c> directive, what may come at the cursor: commands, options, the values
/// of options with choices. Where it proposes nothing (a path), the shell completes file names.
/// </summary>
internal static class CompletionScripts
{
    /// <summary>The shells there is a script for.</summary>
    public static readonly string[] Shells = ["bash", "zsh", "pwsh"];

    /// <summary>The script for <paramref name="shell"/>, one of <see cref="Shells"/>.</summary>
    public static string For(string shell) => shell switch
    {
        "bash" => Bash,
        "zsh" => Zsh,
        _ => Pwsh,
    };

    private const string Bash = """
        # stance completion for bash; load it with: eval "$(stance completion bash)" (e.g. in ~/.bashrc)
        _stance_complete() {
            local IFS=$'\n'
            local suggestions
            suggestions=$(stance "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)
            COMPREPLY=($(compgen -W "${suggestions}" -- "${COMP_WORDS[COMP_CWORD]}"))
        }
        complete -o default -F _stance_complete stance

        """;

    private const string Zsh = """
        # stance completion for zsh; load it with: eval "$(stance completion zsh)" (e.g. in ~/.zshrc, after compinit)
        _stance_complete() {
            local -a suggestions
            suggestions=(${(f)"$(stance "[suggest:${CURSOR}]" "${BUFFER}" 2>/dev/null)"})
            if (( ${#suggestions} )); then
                compadd -a suggestions
            else
                _files
            fi
        }
        compdef _stance_complete stance

        """;

    private const string Pwsh = """
        # stance completion for PowerShell; load it with: stance completion pwsh | Out-String | Invoke-Expression (e.g. in $PROFILE)
        Register-ArgumentCompleter -Native -CommandName stance -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            $line = $commandAst.ToString()
            $position = $cursorPosition - $commandAst.Extent.StartOffset
            stance "[suggest:$position]" "$line" 2>$null | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
            }
        }

        """;
}
