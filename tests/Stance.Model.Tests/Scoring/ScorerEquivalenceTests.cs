using Stance.Model.Data;
using Stance.Model.Features;
using Stance.Model.Scoring;

namespace Stance.Model.Tests.Scoring;

/// <summary>The exported scorer must give what the ML.NET pipeline in the same file gives.</summary>
public sealed class ScorerEquivalenceTests
{
    [Fact]
    public void Exported_scorer_matches_the_ml_net_pipeline_on_real_and_authored_text()
    {
        var model = StanceModel.LoadDefault();
        Assert.True(model.CanExplain);
        var texts = LabeledFileReader.Load(RepoPaths.Of("data", "authored-sentences.tsv")).Where((_, i) => i % 7 == 0).Select(s => s.Text)
            .Concat(LabeledFileReader.Load(RepoPaths.Of("data", "seed-sentences.tsv")).Select(s => s.Text))
            .Append("Les forces armées ont nié l'attaque à Alep, a déclaré le ministère.")
            .Append("Zażółć gęślą jaźń 2016 — 1990s straße ﬁnal")
            .Append(string.Empty)
            .Append("A")
            .Append("No.")
            .Append("We did not, 24 said.")
            .ToList();
        var rows = ModelInputBuilder.Build(texts);
        var fast = model.Predict(rows);
        var pipeline = PipelineOf(model).Predict(rows).ToList();
        for (var i = 0; i < rows.Length; i++)
        {
            for (var l = 0; l < 4; l++)
            {
                Assert.True(Math.Abs(fast[i][l] - pipeline[i][l]) < 1e-4, $"'{texts[i]}' label {l}: {fast[i][l]} vs {pipeline[i][l]}");
            }
        }
    }

    // The shipped model's pipeline is in its committed file only (the embedded copy is the scorer).
    private static PipelineScorer PipelineOf(StanceModel model) =>
        PipelineScorer.Load(File.ReadAllBytes(RepoPaths.Of("src", "Stance.Model", "Resources", "Model", "stance-model.zip")), model.Manifest.Seed, "default model");
}
