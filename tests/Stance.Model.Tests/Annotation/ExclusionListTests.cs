using Stance.Model.Annotation;

namespace Stance.Model.Tests.Annotation;

public sealed class ExclusionListTests
{
    private static readonly QueueSource Article = new("/data/corpora/fakes-syria/fk_026.txt", "../corpora", "fakes-syria/fk_026.txt");

    [Theory]
    [InlineData("fakes-syria/fk_026.txt", true)]
    [InlineData("fk_026.txt", true)]
    [InlineData("fk_026", true)]
    [InlineData("./fakes-syria/fk_026.txt", true)]
    [InlineData("corpora/fakes-syria/fk_026.txt", true)]
    [InlineData("other/fk_026.txt", false)]
    [InlineData("fk_02", false)]
    [InlineData("fakes-syria", false)]
    public void An_entry_matches_a_tail_of_the_path_or_the_name(string entry, bool excluded) =>
        Assert.Equal(excluded, ExclusionList.Of([entry]).Contains(Article));

    [Fact]
    public void A_labeled_file_excludes_the_articles_of_its_source_column()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "article_id\tsentence_id\tlabels\ttext\tcorpus\tsource\tstart\tend\nfk_026\t1\tnone\t\tc\tfakes-syria/fk_026.txt\t0\t5\n");
            var list = ExclusionList.Load(path);
            Assert.Equal(1, list.Count);
            Assert.True(list.Contains(Article));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
