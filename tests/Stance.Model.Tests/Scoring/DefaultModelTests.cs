using System.Security.Cryptography;
using Stance.Model.Labels;
using Stance.Model.Scoring;
using Stance.Model.Segmentation;

namespace Stance.Model.Tests.Scoring;

public sealed class DefaultModelTests
{
    private static readonly Lazy<StanceModel> Model = new(StanceModel.LoadDefault);

    [Fact]
    public void Shipped_model_was_trained_from_the_current_data_files()
    {
        var files = Model.Value.Manifest.TrainingFiles;
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var path = RepoPaths.Of(file.Path.Split('/'));
            var actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
            Assert.True(file.Sha256 == actual, $"{file.Path} changed since the shipped model was trained: run 'stance train' and commit the new model.");
        }
    }

    [Fact]
    public void Shipped_model_uses_this_builds_features_and_labels()
    {
        var manifest = Model.Value.Manifest;
        Assert.Equal(LabelSet.Names, manifest.Labels);
        Assert.Equal(Stance.Model.Features.CueLexicon.Default.Hash, manifest.LexiconHash);
        Assert.Equal(ModelManifest.CurrentFormatVersion, manifest.FormatVersion);
    }

    [Fact]
    public void Scores_a_seed_article_with_sensible_labels()
    {
        var sentences = new Segmenter().Segment(File.ReadAllText(RepoPaths.Of("seeds", "004_d287f8da5092c987.txt")));
        var scores = Model.Value.Score(sentences.Select(s => s.Text).ToList(), sentences.Select(s => s.IsBoilerplate).ToList());
        Assert.Equal(sentences.Count, scores.Count);

        // The shipped model learns from real text only, so this seed article is unseen text. Its
        // gold (data/seed-sentences.tsv) has 9 denials among 16 sentences and 1 deflection; the
        // model once labeled 9 sentences deflect here, so over-labeling is guarded as well as recall.
        // (Measured: 1 with the model of round 3, 3 with thresholds on all real text, 4 with round
        // 5's data, whose dev-real deflect F1 and shares are the better measure of the label; 2 with
        // tf-idf and rounds 6 and 7, so the bound is back at 3.)
        var gold = Stance.Model.Data.LabeledFileReader.Load(RepoPaths.Of("data", "seed-sentences.tsv"))
            .Where(r => r.ArticleId == "004_d287f8da5092c987").OrderBy(r => r.SentenceId).Select(r => r.Labels).ToList();
        Assert.Equal(gold.Count, scores.Count);
        var denials = Enumerable.Range(0, gold.Count).Where(i => gold[i].Contains(StanceLabel.Deny)).ToList();
        var found = denials.Count(i => scores[i].Labels.Contains(StanceLabel.Deny));
        Assert.True(found * 2 >= denials.Count, $"{found} of {denials.Count} denials found");
        Assert.InRange(scores.Count(s => s.Labels.Contains(StanceLabel.Deflect)), 0, 3);
        Assert.Contains(scores, s => s.Labels.Contains(StanceLabel.CiteEvidence));
    }

    [Fact]
    public void Boilerplate_is_never_labeled()
    {
        var scores = Model.Value.Score(["Russia accused NATO of war crimes, citing a report of 200 deaths."], [true]);
        Assert.True(scores[0].Labels.IsNone);
    }

    [Fact]
    public void Clean_and_punctuation_stripped_forms_score_the_same()
    {
        var clean = Model.Value.Score(["\"We have never hit civilian targets,\" the ministry's spokesman said."]);
        var stripped = Model.Value.Score(["We have never hit civilian targets the ministrys spokesman said"]);
        Assert.Equal(clean[0].Probabilities, stripped[0].Probabilities);
    }
}
