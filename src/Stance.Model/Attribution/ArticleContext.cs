namespace Stance.Model.Attribution;

/// <summary>One article read for attribution: the words of every sentence and the actors they name, in reading order.</summary>
internal sealed class ArticleContext
{
    private int? _firstAccusation;

    public ArticleContext(IReadOnlyList<AttributionSentence> sentences, AttributionLexicon lexicon)
    {
        Sentences = sentences;
        Lexicon = lexicon;
        Finder = new PhraseFinder(lexicon);
        Resolver = new ActorResolver(lexicon, Finder);
        Tokens = sentences.Select(s => WordToken.Read(s.Text)).ToList();
        Phrases = [];
        for (var i = 0; i < sentences.Count; i++)
        {
            var found = new List<(Phrase, Actor)>();
            foreach (var phrase in Finder.All(Tokens[i], i))
            {
                found.Add((phrase, Resolver.Resolve(phrase, Tokens[i], sentences[i].Text)));
            }

            Phrases.Add(found);
        }
    }

    public IReadOnlyList<AttributionSentence> Sentences { get; }

    /// <summary>Index of the article's first accusation, or -1.</summary>
    public int FirstAccusation => _firstAccusation ??= Sentences.ToList().FindIndex(s => s.Labels.Contains(Labels.StanceLabel.Accuse));

    public AttributionLexicon Lexicon { get; }

    public PhraseFinder Finder { get; }

    public ActorResolver Resolver { get; }

    public List<List<WordToken>> Tokens { get; }

    /// <summary>Per sentence, every phrase with the actor it was resolved to.</summary>
    public List<List<(Phrase Phrase, Actor Actor)>> Phrases { get; }

    /// <summary>The actor of a phrase found again (by span) or resolved now.</summary>
    public ActorMention MentionOf(Phrase phrase)
    {
        var tokens = Tokens[phrase.SentenceIndex];
        var sentence = Sentences[phrase.SentenceIndex];
        var actor = Phrases[phrase.SentenceIndex].Find(p => p.Phrase.First == phrase.First && p.Phrase.Last == phrase.Last).Actor
            ?? Resolver.Resolve(phrase, tokens, sentence.Text);
        var start = tokens[phrase.MentionFirst].Start;
        var end = tokens[phrase.Last].End;
        return new ActorMention(actor, new Mention(sentence.Id, start, end, sentence.Text[start..end]));
    }

    /// <summary>A pronoun at word <paramref name="word"/> resolved to the last actor that fits, or null.</summary>
    public ActorMention? PronounAt(int sentence, int word)
    {
        var token = Tokens[sentence][word];
        if (Resolver.Pronoun(token.Key, sentence, word) is not { } actor)
        {
            return null;
        }

        var text = Sentences[sentence].Text;
        return new ActorMention(actor, new Mention(Sentences[sentence].Id, token.Start, token.End, text[token.Start..token.End]));
    }
}
