namespace Stance.Cli.Tests;

/// <summary>Which command lines start loading the shipped model before the command line is parsed.</summary>
public sealed class ModelLoaderTests
{
    [Theory]
    [InlineData(true, "score", "article.txt")]
    [InlineData(true, "score", "article.txt", "--format", "tsv")]
    [InlineData(false, "score", "article.txt", "--model", "m.zip")]
    [InlineData(false, "score", "article.txt", "--model=m.zip")]
    [InlineData(false, "score", "--help")]
    [InlineData(false, "score", "-h")]
    [InlineData(false, "batch", "folder", "--out", "x.tsv")]
    [InlineData(false, "--version")]
    [InlineData(false)]
    public void Prefetches_the_shipped_model_only_for_a_score_that_uses_it(bool expected, params string[] args) =>
        Assert.Equal(expected, ModelLoader.LoadsDefaultModel(args));
}
