using System.IO.Compression;
using Stance.Model.Features;
using Stance.Model.Scoring;
using Stance.Model.Segmentation;
using Stance.Tests;

namespace Stance.Model.Tests.Scoring;

/// <summary>The shipped model is embedded as its scorer only, re-packed and compressed (Stance.Model.csproj); it must stay the committed file's.</summary>
public sealed class EmbeddedModelTests
{
    private static readonly string CommittedModel = RepoPaths.Of("src", "Stance.Model", "Resources", "Model", "stance-model.zip");

    [Fact]
    public void Embedded_model_holds_the_scorer_entries_of_the_committed_file_byte_for_byte_and_nothing_else()
    {
        using var committed = ZipFile.OpenRead(CommittedModel);
        using var decoded = new MemoryStream();
        using (var resource = EmbeddedResources.Open(StanceModel.DefaultResourceName)!)
        {
            resource.CopyTo(decoded);
        }

        decoded.Position = 0;
        using var embedded = new ZipArchive(decoded);
        var scorer = committed.Entries.Where(e => e.FullName.StartsWith("stance/", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, scorer.Count);
        Assert.Equal(scorer.Select(e => e.FullName).Order(StringComparer.Ordinal), embedded.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var entry in scorer)
        {
            Assert.True(Bytes(entry).AsSpan().SequenceEqual(Bytes(embedded.GetEntry(entry.FullName)!)), $"{entry.FullName} differs");
        }
    }

    [Fact]
    public void A_cold_start_reads_the_scorer_from_the_front_of_the_embedded_model()
    {
        var entries = EmbeddedModel.ReadScorerEntries(StanceModel.DefaultResourceName);
        Assert.NotNull(entries);
        Assert.Contains(ModelManifest.EntryName, entries.Keys);
        Assert.Contains(LinearScorer.EntryName, entries.Keys);
        using var committed = ZipFile.OpenRead(CommittedModel);
        foreach (var (name, bytes) in entries)
        {
            Assert.True(Bytes(committed.GetEntry(name)!).AsSpan().SequenceEqual(bytes), $"{name} differs");
        }
    }

    [Fact]
    public void Default_model_scores_as_the_committed_file_does()
    {
        var sentences = new Segmenter().Segment(File.ReadAllText(RepoPaths.Of("seeds", "004_d287f8da5092c987.txt"))).Select(s => s.Text).ToList();
        var shipped = StanceModel.LoadDefault();
        var file = StanceModel.Load(CommittedModel);
        Assert.True(shipped.CanExplain);
        Assert.Equal(file.Manifest.TrainedAt, shipped.Manifest.TrainedAt);
        Assert.Equal(file.Predict(ModelInputBuilder.Build(sentences, null)), shipped.Predict(ModelInputBuilder.Build(sentences, null)));
        // The pipeline is not shipped; asking for it says where it is, and the committed file has it.
        Assert.Contains("without its ML.NET pipeline", Assert.Throws<ModelLoadException>(() => shipped.Transformer).Message, StringComparison.Ordinal);
        Assert.NotNull(file.Transformer);
    }

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
