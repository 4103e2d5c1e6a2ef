namespace Stance.Cli;

/// <summary>Help texts.</summary>
internal static class Usage
{
    public const string Main = """
        stance - label every sentence of a news article with its rhetorical moves
                 (accuse, deny, deflect, cite-evidence)

        Usage:
          stance segment FILE|- [--format text|tsv]   print the article's sentences
          stance --help | --version

        Run 'stance COMMAND --help' for a command's options.

        """;

    public const string Segment = """
        Usage: stance segment FILE|- [--format text|tsv]

        Splits an article into numbered sentences, as Stance classifies them.
          FILE            a text file, or - for standard input
          --format text   one sentence a line: id, [boilerplate], text (default)
          --format tsv    id, start, end, boilerplate, text (offsets into the original file)

        """;
}
