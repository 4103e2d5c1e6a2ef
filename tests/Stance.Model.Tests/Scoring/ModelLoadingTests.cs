using System.IO.Compression;
using System.Text;
using Stance.Model.Scoring;

namespace Stance.Model.Tests.Scoring;

public sealed class ModelLoadingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("stance-model-tests").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Missing_file_is_named_in_the_message()
    {
        var path = Path.Combine(_directory, "nope.zip");
        var error = Assert.Throws<ModelLoadException>(() => StanceModel.Load(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_is_refused() =>
        Assert.Contains("is a directory", Assert.Throws<ModelLoadException>(() => StanceModel.Load(_directory)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 })]
    public void Non_zip_bytes_are_refused(byte[] content)
    {
        var path = Write("garbage.zip", content);
        var error = Assert.Throws<ModelLoadException>(() => StanceModel.Load(path));
        Assert.Contains("not a Stance model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_without_a_manifest_is_refused_as_foreign()
    {
        var path = Path.Combine(_directory, "foreign.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("not a model");
        }

        Assert.Contains("has no stance/manifest.json", Assert.Throws<ModelLoadException>(() => StanceModel.Load(path)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"formatVersion\": 1", "\"formatVersion\": 99", "format version 99")]
    [InlineData("\"lexiconHash\": \"", "\"lexiconHash\": \"0", "other cue lexicons")]
    [InlineData("\"formatVersion\": 1", "{{{", "corrupt manifest")]
    public void Incompatible_or_corrupt_manifest_is_refused(string find, string replace, string expected)
    {
        var path = CopyOfDefaultModel("edited.zip", manifest => manifest.Replace(find, replace, StringComparison.Ordinal));
        var error = Assert.Throws<ModelLoadException>(() => StanceModel.Load(path));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_model_is_refused()
    {
        var bytes = DefaultModelBytes();
        var path = Write("truncated.zip", bytes[..(bytes.Length / 2)]);
        Assert.Throws<ModelLoadException>(() => StanceModel.Load(path));
    }

    [Fact]
    public void Damaged_ml_net_part_is_reported_as_corrupt_when_the_pipeline_is_needed()
    {
        var path = CopyOfDefaultModel("damaged.zip", manifest => manifest, damageModel: true);
        var model = StanceModel.Load(path);
        var error = Assert.Throws<ModelLoadException>(() => model.Transformer);
        Assert.Contains("is corrupt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Damaged_context_pass_is_refused_at_load()
    {
        var path = Write("context.zip", DefaultModelBytes());
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            zip.GetEntry(ContextModel.EntryName)!.Delete();
            using var broken = zip.CreateEntry(ContextModel.EntryName).Open();
            broken.Write("{\"features\":[\"x\"],\"weights\":[],\"bias\":[]}"u8);
        }

        var error = Assert.Throws<ModelLoadException>(() => StanceModel.Load(path));
        Assert.Contains("context model", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_scorer_entry_is_refused()
    {
        var path = Write("scorer.zip", DefaultModelBytes());
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry(LinearScorer.EntryName)!;
            byte[] head;
            using (var stream = entry.Open())
            {
                head = new byte[1000];
                stream.ReadExactly(head);
            }

            entry.Delete();
            using var replaced = zip.CreateEntry(LinearScorer.EntryName).Open();
            replaced.Write(head);
        }

        Assert.Contains("truncated", Assert.Throws<ModelLoadException>(() => StanceModel.Load(path)).Message, StringComparison.Ordinal);
    }

    // The whole model file (scorer and ML.NET pipeline): the embedded copy holds the scorer only.
    private static byte[] DefaultModelBytes() => File.ReadAllBytes(RepoPaths.Of("src", "Stance.Model", "Resources", "Model", "stance-model.zip"));

    private string CopyOfDefaultModel(string name, Func<string, string> editManifest, bool damageModel = false)
    {
        var path = Write(name, DefaultModelBytes());
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(ModelManifest.EntryName)!;
        string manifest;
        using (var reader = new StreamReader(entry.Open()))
        {
            manifest = reader.ReadToEnd();
        }

        entry.Delete();
        using (var writer = new StreamWriter(zip.CreateEntry(ModelManifest.EntryName).Open(), Encoding.UTF8))
        {
            writer.Write(editManifest(manifest));
        }

        if (damageModel)
        {
            foreach (var modelEntry in zip.Entries.Where(e => e.FullName is not ModelManifest.EntryName and not LinearScorer.EntryName and not ContextModel.EntryName && e.Length > 0).ToList())
            {
                var entryName = modelEntry.FullName;
                modelEntry.Delete();
                using var broken = zip.CreateEntry(entryName).Open();
                broken.Write([0, 1, 2]);
            }
        }

        return path;
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
