using System.Text.RegularExpressions;
using Stance.Model.Data;
using Stance.Model.Features;
using Stance.Model.Segmentation;
using Stance.Model.Text;

namespace Stance.Model.Tests.Features;

/// <summary>
/// The fast paths of the cue lexicon (the prefilter, the compiled patterns of batches)
/// must give exactly the counts of the plain patterns: models were trained on those.
/// </summary>
public sealed class CueLexiconTests
{
    [Theory]
    [InlineData(@"accus\w*", "accus$/accus")]
    [InlineData("we|our|us", "we$/our$/us$")]
    [InlineData(@"(air ?)?strikes?|struck", "air stri/airstrik/strike$/strikes$/struck$")]
    [InlineData(@"without (any )?(sort of )?(evidence|proof)", "without ")]
    [InlineData(@"\d+ (people|cases)", "\u0001")]
    [InlineData(@"complie[sd]|per ?cent", "complies/complied/per cent/percent$")]
    [InlineData(@"i\b", "i$")]
    public void Reads_the_start_every_match_must_have(string pattern, string expected) =>
        Assert.Equal(expected.Split('/').Order(StringComparer.Ordinal), CuePrefilter.Prefixes(pattern)!.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("(?=war)war")]
    [InlineData("war.")]
    [InlineData(@"(\w)\1")]
    [InlineData("a{2}")]
    [InlineData("[^a]b")]
    [InlineData("^war")]
    [InlineData("wars*?")]
    [InlineData("(?i)war")]
    [InlineData("(war")]
    public void Gives_up_on_what_it_does_not_follow(string pattern) =>
        Assert.Null(CuePrefilter.Prefixes(pattern));

    [Theory]
    [InlineData(@"\w+ed")]
    [InlineData("a|")]
    [InlineData(" ?up")]
    [InlineData("(war")]
    public void A_group_it_cannot_read_is_always_run(string line)
    {
        var prefilter = new CuePrefilter([["never"], [line]]);
        Assert.Equal(0b10, prefilter.Candidates("nothing here at all"));
        Assert.Equal(0b11, prefilter.Candidates("we never did"));
    }

    [Fact]
    public void Keeps_every_group_for_text_other_than_lower_case_ascii_words()
    {
        var prefilter = new CuePrefilter([["never"], ["denied"]]);
        Assert.Equal(0, prefilter.Candidates("nothing to see"));
        Assert.Equal(0b11, prefilter.Candidates("nothing to see é"));
        Assert.Equal(0b11, prefilter.Candidates("Nothing"));
    }

    [Fact]
    public void A_whole_short_match_must_end_its_word()
    {
        var prefilter = new CuePrefilter([["i|we"], ["did not"]]);
        Assert.Equal(0, prefilter.Candidates("in western towns"));
        Assert.Equal(0b01, prefilter.Candidates("as i said"));
        Assert.Equal(0b10, prefilter.Candidates("they did not"));
        Assert.Equal(0, prefilter.Candidates("they did nothing"));
    }

    [SkippableFact]
    public void Prefilter_and_engines_count_exactly_what_the_patterns_count()
    {
        var sentences = ProjectSentences().Concat(CorpusSentences(400)).Select(TextNormalizer.Normalize).Distinct().ToList();
        var lexicon = CueLexicon.Default;
        var plain = lexicon.Build(RegexOptions.None);
        var fast = lexicon.BuildFast();
        var prefilter = new CuePrefilter(lexicon.Lines);
        var measured = new float[CueLexicon.Groups.Count];
        var skipped = 0;
        foreach (var sentence in sentences)
        {
            var candidates = prefilter.Candidates(sentence);
            lexicon.Measure(sentence, measured);
            for (var g = 0; g < plain.Length; g++)
            {
                var matches = plain[g].Matches(sentence).Select(m => (m.Index, m.Length)).ToList();
                Assert.Equal(matches, fast[g].Matches(sentence).Select(m => (m.Index, m.Length)).ToList());
                Assert.True(matches.Count == 0 || (candidates & (1 << g)) != 0, $"the prefilter skipped {CueLexicon.Groups[g]} in '{sentence}'");
                Assert.Equal(Math.Min(3, matches.Count) / 3f, measured[g]);
                skipped += (candidates & (1 << g)) == 0 ? 1 : 0;
            }
        }

        // Not a speed test: a prefilter that skipped nothing would pass the checks above vacuously.
        Assert.True(skipped > sentences.Count * 3, $"the prefilter skipped only {skipped} of {sentences.Count * plain.Length} patterns");
    }

    private static IEnumerable<string> ProjectSentences() =>
        LabeledFileReader.Load(RepoPaths.Of("data", "authored-sentences.tsv")).Select(s => s.Text)
            .Concat(LabeledFileReader.Load(RepoPaths.Of("data", "seed-sentences.tsv")).Select(s => s.Text))
            .Where(t => t.Length > 0);

    // The corpus adds real news text when it is next to the checkout; the project's sentences alone otherwise.
    private static IEnumerable<string> CorpusSentences(int articles)
    {
        var corpus = RepoPaths.Of("..", "shared", "corpora");
        if (!Directory.Exists(corpus))
        {
            return [];
        }

        var segmenter = new Segmenter();
        return Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(articles)
            .SelectMany(file => segmenter.Segment(File.ReadAllText(file)).Select(s => s.Text));
    }
}
