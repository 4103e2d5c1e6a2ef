using Stance.Cli.Formatting;

namespace Stance.Cli.Tests;

public sealed class TextWrapperTests
{
    [Theory]
    [InlineData("", 10, new[] { "" })]
    [InlineData("short", 10, new[] { "short" })]
    [InlineData("exactly10c", 10, new[] { "exactly10c" })]
    [InlineData("two words", 5, new[] { "two", "words" })]
    [InlineData("a b c d e f", 3, new[] { "a b", "c d", "e f" })]
    [InlineData("  spaced   out  ", 20, new[] { "spaced out" })]
    [InlineData("line\nbreaks\tand tabs", 30, new[] { "line breaks and tabs" })]
    [InlineData("https://example.org/a/very/long/path", 10, new[] { "https://ex", "ample.org/", "a/very/lon", "g/path" })]
    [InlineData("see https://example.org/long", 10, new[] { "see https:", "//example.", "org/long" })]
    public void Wraps_on_spaces_and_splits_only_words_wider_than_the_line(string text, int width, string[] expected) =>
        Assert.Equal(expected, TextWrapper.Wrap(text, width));
}
