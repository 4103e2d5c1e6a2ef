using Stance.Model.Scoring;

namespace Stance.Cli.Formatting;

/// <summary>Writes a scored article in one output format.</summary>
internal interface IArticleFormatter
{
    /// <summary>Writes <paramref name="article"/>, scored by <paramref name="model"/>, to <paramref name="writer"/>.</summary>
    void Write(ArticleResult article, StanceModel model, TextWriter writer);
}
