using Stance.Model.Segmentation;

namespace Stance.Model.Tests.Segmentation;

public sealed class SegmenterTheoryTests
{
    private static readonly Segmenter Segmenter = new();

    private static string Split(string text) => string.Join(" | ", Segmenter.Segment(text).Select(s => s.Text));

    [Theory]
    // Abbreviations and initials
    [InlineData("The U.S. envoy arrived. He left.", "The U.S. envoy arrived. | He left.")]
    [InlineData("The U.N. said so. The U.S. disagreed.", "The U.N. said so. | The U.S. disagreed.")]
    [InlineData("Talks open on Jan. 25 in Geneva. They may fail.", "Talks open on Jan. 25 in Geneva. | They may fail.")]
    [InlineData("Gen. Shoigu spoke. Col. Smith did not.", "Gen. Shoigu spoke. | Col. Smith did not.")]
    [InlineData("Mr. Lavrov and Mrs. May met Dr. Tedros.", "Mr. Lavrov and Mrs. May met Dr. Tedros.")]
    [InlineData("George W. Bush ordered the strikes. Critics objected.", "George W. Bush ordered the strikes. | Critics objected.")]
    [InlineData("Forces entered the U.S. The ministry confirmed it.", "Forces entered the U.S. | The ministry confirmed it.")]
    [InlineData("He flew to the U.S. Embassy in Kabul.", "He flew to the U.S. Embassy in Kabul.")]
    [InlineData("Troops, tanks, etc. The list was long.", "Troops, tanks, etc. | The list was long.")]
    [InlineData("See resolution No. 2254 of the council.", "See resolution No. 2254 of the council.")]
    [InlineData("The meeting began at 9 a.m. local time.", "The meeting began at 9 a.m. local time.")]
    [InlineData("A U.S.-led coalition struck. It said so.", "A U.S.-led coalition struck. | It said so.")]
    // Decimals, figures, URLs
    [InlineData("Turnout was 5.5% in 2016. It fell.", "Turnout was 5.5% in 2016. | It fell.")]
    [InlineData("Some 1,200 people fled. More followed.", "Some 1,200 people fled. | More followed.")]
    [InlineData("The budget rose by 3.25 billion dollars.", "The budget rose by 3.25 billion dollars.")]
    [InlineData("Visit www.presstv.co.uk for more. Thanks.", "Visit www.presstv.co.uk for more. | Thanks.")]
    [InlineData("Casualties rose in 2015. 300 died in 2016.", "Casualties rose in 2015. | 300 died in 2016.")]
    // Ellipses
    [InlineData("They have never hit ... so-called sensitive places.", "They have never hit ... so-called sensitive places.")]
    [InlineData("He paused... Then he left.", "He paused... | Then he left.")]
    [InlineData("It was over\u2026 The guns fell silent.", "It was over\u2026 | The guns fell silent.")]
    // Quotes
    [InlineData("\"We hit no civilians in Syria,\" he said. Nobody believed it.", "\"We hit no civilians in Syria,\" he said. | Nobody believed it.")]
    [InlineData("\u201CIt is a fake.\u201D The report stands.", "\u201CIt is a fake.\u201D | The report stands.")]
    [InlineData("\"Is it true?\" she asked. He shrugged.", "\"Is it true?\" she asked. | He shrugged.")]
    [InlineData("She said: \u201CWe deny it.\u201D He agreed.", "She said: \u201CWe deny it.\u201D | He agreed.")]
    [InlineData("\u2018Stop!\u2019 they shouted. Police fired.", "\u2018Stop!\u2019 they shouted. | Police fired.")]
    // Parentheses
    [InlineData("A bomber drops bombs. (AP photo)", "A bomber drops bombs. | (AP photo)")]
    [InlineData("The office (OHCHR) spoke. It was brief.", "The office (OHCHR) spoke. | It was brief.")]
    [InlineData("(He denied it.) The inquiry went on.", "(He denied it.) | The inquiry went on.")]
    // Question and exclamation marks
    [InlineData("Who is to blame? The army says rebels.", "Who is to blame? | The army says rebels.")]
    [InlineData("Enough! We reject this.", "Enough! | We reject this.")]
    // Headlines and line structure
    [InlineData("Russia denies bombing civilians\n\nThe ministry said no.", "Russia denies bombing civilians | The ministry said no.")]
    [InlineData("Headline one\nSubhead two\nBody text. More text.", "Headline one | Subhead two | Body text. | More text.")]
    [InlineData("Distortion of Russia's role\n\nStatements were biased.", "Distortion of Russia's role | Statements were biased.")]
    [InlineData("The strikes hit the\ncity at dawn.", "The strikes hit the city at dawn.")]
    [InlineData("Officials said the raids\ncontinued overnight.", "Officials said the raids continued overnight.")]
    [InlineData("One line.\r\nAnother line.", "One line. | Another line.")]
    // HTML remnants and entities
    [InlineData("Summary of UNGeneva</a> press briefing.", "Summary of UNGeneva press briefing.")]
    [InlineData("First<br>Second", "First | Second")]
    [InlineData("War &mdash; and peace.", "War \u2014 and peace.")]
    [InlineData("Rock &amp; roll &lt;b&gt; here.", "Rock & roll <b> here.")]
    [InlineData("<p>One.</p><p>Two.</p>", "One. | Two.")]
    [InlineData("Text<script>var x = 1;</script> continues.", "Text continues.")]
    [InlineData("Tom&nbsp;said&#44; no.", "Tom said, no.")]
    [InlineData("A <a href=\"x\">link</a> here.", "A link here.")]
    [InlineData("Less than 5 < 6 holds.", "Less than 5 < 6 holds.")]
    // Repetition and empties
    [InlineData("Same line.\nSame line.", "Same line. | Same line.")]
    [InlineData("", "")]
    [InlineData("   \n\n  ", "")]
    [InlineData("* * *\n\nReal text.", "Real text.")]
    public void Splits_as_expected(string text, string expected) => Assert.Equal(expected, Split(text));

    [Theory]
    [InlineData("Targeting Russia was a misstep Dolgov said If they call themselves defenders they must be objective", "Targeting Russia was a misstep Dolgov said | If they call themselves defenders they must be objective")]
    [InlineData("Dolgov said I dont think that an accurate number I dont think anybody has one", "Dolgov said | I dont think that an accurate number | I dont think anybody has one")]
    [InlineData("the NGOs ignore the problem the commissioner stressed And the bulk of the problem is terrorism", "the NGOs ignore the problem the commissioner stressed | And the bulk of the problem is terrorism")]
    [InlineData("Russia denied it We are against politicizing human rights", "Russia denied it | We are against politicizing human rights")]
    [InlineData("groundlessly accusing Russia Dolgov added READ MORE Coalition killed 300 civilians  Amnesty The NGOs failed", "groundlessly accusing Russia Dolgov added | READ MORE Coalition killed 300 civilians Amnesty | The NGOs failed")]
    [InlineData("Syria not Russia  Foreign Ministry Published time 26 Oct 2016 2253 Get short URL Aerial view of Moscow", "Syria not Russia Foreign Ministry | Published time 26 Oct 2016 2253 | Get short URL | Aerial view of Moscow")]
    public void Splits_punctuation_stripped_text_at_sentence_starters(string line, string expected)
    {
        // Real stripped blocks are hundreds of words; lower the thresholds so a short line qualifies.
        var segmenter = new Segmenter(new SegmenterOptions { StrippedMinWords = 5, StrippedWordsPerStop = 5 });
        Assert.Equal(expected, string.Join(" | ", segmenter.Segment(line).Select(s => s.Text)));
    }

    [Fact]
    public void Stripped_text_never_yields_a_unit_over_the_word_limit()
    {
        var words = string.Join(' ', Enumerable.Range(0, 500).Select(i => i % 7 == 0 ? "Syria" : "word"));
        var sentences = Segmenter.Segment(words);
        Assert.True(sentences.Count >= 500 / 60);
        Assert.All(sentences, s => Assert.InRange(s.WordCount, 1, 60));
    }

    [Theory]
    [InlineData("of the Western governments", false)]
    [InlineData("from UN Human Rights Council", false)]
    [InlineData("the Foreign Ministry official", false)]
    public void Does_not_split_proper_names_in_stripped_text(string phrase, bool _)
    {
        var text = "Officials said the vote " + phrase + " was wrong and " + string.Join(' ', Enumerable.Repeat("word", 50));
        Assert.Contains(phrase, Split(text), StringComparison.Ordinal);
    }
}
