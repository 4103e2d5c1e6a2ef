using Stance.Model.Data;
using Stance.Training.Pipeline;

namespace Stance.Training.Tests;

/// <summary>Trains once on a small slice of the authored data (fixed seed), shared by the tests that inspect the result.</summary>
public sealed class TinyTrainingFixture : IDisposable
{
    public TinyTrainingFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "stance-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        DataFile = Path.Combine(Directory, "tiny.tsv");
        var rows = LabeledFileReader.Load(RepoPaths.Of("data", "authored-sentences.tsv"));
        var articles = rows.Select(r => r.ArticleId).Distinct().Where((_, i) => i % 6 == 0).ToHashSet();
        using (var writer = new StreamWriter(DataFile))
        {
            LabeledFileWriter.Write(writer, rows.Where(r => articles.Contains(r.ArticleId)));
        }

        Report = Train("model-a.zip", seed: 11);
    }

    public string Directory { get; }

    public string DataFile { get; }

    public TrainingReport Report { get; }

    public TrainingReport Train(string fileName, int seed) => new StanceTrainer(new TrainingOptions
    {
        DataFiles = [DataFile],
        OutputPath = Path.Combine(Directory, fileName),
        Trainer = TrainerKind.Lbfgs,
        Folds = 3,
        LearningCurve = [0.5, 1.0],
        Seed = seed,
        RepositoryRoot = Directory,
    }).Run();

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
