using System.Text.RegularExpressions;
using Stance.Model.Segmentation;
using Stance.Model.Text;

namespace Stance.Model.Tests.Segmentation;

/// <summary>Each seed's sentences against a hand-verified expected file (id, boilerplate flag, text).</summary>
public sealed partial class SeedSegmentationTests
{
    private static readonly Segmenter Segmenter = new();

    public static TheoryData<string> Seeds() => new(Directory.GetFiles(RepoPaths.Of("seeds"), "*.txt").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_sentences_match_the_verified_list(string seed)
    {
        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Expected", "seeds", seed + ".tsv"));
        var actual = Segmenter.Segment(File.ReadAllText(RepoPaths.Of("seeds", seed + ".txt")))
            .Select(s => $"{s.Id}\t{(s.IsBoilerplate ? 1 : 0)}\t{s.Text}")
            .ToArray();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Offsets_point_at_the_sentence_in_the_original_text(string seed)
    {
        var original = File.ReadAllText(RepoPaths.Of("seeds", seed + ".txt"));
        var previousEnd = 0;
        foreach (var sentence in Segmenter.Segment(original))
        {
            Assert.True(sentence.Start >= previousEnd && sentence.End > sentence.Start && sentence.End <= original.Length);
            var slice = CleanText.From(original[sentence.Start..sentence.End]).Value;
            Assert.Equal(sentence.Text, WhiteSpace().Replace(slice, " ").Trim());
            previousEnd = sentence.End;
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_seed_sentence_exceeds_sixty_words(string seed)
    {
        var sentences = Segmenter.Segment(File.ReadAllText(RepoPaths.Of("seeds", seed + ".txt")));
        Assert.All(sentences, s => Assert.InRange(s.WordCount, 1, 60));
    }

    [Fact]
    public void Punctuation_stripped_seed_is_split_into_sentence_sized_units()
    {
        var sentences = Segmenter.Segment(File.ReadAllText(RepoPaths.Of("seeds", "000_70609ac6d92eee97.txt")));
        Assert.InRange(sentences.Count, 20, 60);
        Assert.True(sentences.Average(s => s.WordCount) < 30);
    }

    [Fact]
    public void Repeated_paragraph_is_kept_in_order()
    {
        var sentences = Segmenter.Segment(File.ReadAllText(RepoPaths.Of("seeds", "004_d287f8da5092c987.txt")));
        Assert.Equal(sentences[2].Text, sentences[3].Text);
        Assert.True(sentences[3].Start > sentences[2].End);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
