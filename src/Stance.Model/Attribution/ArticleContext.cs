namespace Stance.Model.Attribution;

/// <summary>
/// One article read for attribution: the words of every sentence and the actors they name, in
/// reading order. Words are read and actors resolved on first use, sentence by sentence from the
/// top (a name is resolved against the actors named before it), so nothing after the last sentence
/// the rules look at is ever read.
/// </summary>
internal sealed class ArticleContext
{
    private readonly List<WordToken>?[] _tokens;
    private readonly List<(Phrase Phrase, Actor Actor)>[] _phrases;
    private int _resolved;
    private int? _firstAccusation;

    public ArticleContext(IReadOnlyList<AttributionSentence> sentences, AttributionLexicon lexicon)
    {
        Sentences = sentences;
        Lexicon = lexicon;
        Finder = new PhraseFinder(lexicon);
        Resolver = new ActorResolver(lexicon, Finder);
        _tokens = new List<WordToken>?[sentences.Count];
        _phrases = new List<(Phrase, Actor)>[sentences.Count];
        Tokens = new SentenceWords(this);
        Phrases = new SentencePhrases(this);
    }

    public IReadOnlyList<AttributionSentence> Sentences { get; }

    /// <summary>Index of the article's first accusation, or -1.</summary>
    public int FirstAccusation => _firstAccusation ??= Sentences.ToList().FindIndex(s => s.Labels.Contains(Labels.StanceLabel.Accuse));

    public AttributionLexicon Lexicon { get; }

    public PhraseFinder Finder { get; }

    public ActorResolver Resolver { get; }

    /// <summary>The words of each sentence, read on first use.</summary>
    public SentenceWords Tokens { get; }

    /// <summary>Per sentence, every phrase with the actor it was resolved to (resolving every sentence before it first).</summary>
    public SentencePhrases Phrases { get; }

    /// <summary>The source each sentence names itself, by sentence index, once looked for (see <see cref="SpeakerFinder.InSentence"/>).</summary>
    public Dictionary<int, (ActorMention Speaker, int CueWord)?> Sources { get; } = [];

    /// <summary>The actor of a phrase found again (by span) or resolved now.</summary>
    public ActorMention MentionOf(Phrase phrase)
    {
        var tokens = Tokens[phrase.SentenceIndex];
        var sentence = Sentences[phrase.SentenceIndex];
        var actor = Find(Phrases[phrase.SentenceIndex], phrase) ?? Resolver.Resolve(phrase, tokens, sentence.Text);
        var start = tokens[phrase.MentionFirst].Start;
        var end = tokens[phrase.Last].End;
        return new ActorMention(actor, new Mention(sentence.Id, start, end, sentence.Text[start..end]));
    }

    /// <summary>
    /// A pronoun at word <paramref name="word"/> resolved to the last actor that fits, or null; with
    /// <paramref name="speaker"/> set (it is the subject of a reporting verb) the source of one of the
    /// two sentences before comes first when it fits ("It did not say ..." after "State TV said ...").
    /// </summary>
    public ActorMention? PronounAt(int sentence, int word, Actor? speaker = null)
    {
        Resolve(sentence);
        var token = Tokens[sentence][word];
        var actor = speaker is not null && Resolver.Fits(token.Key, speaker) ? speaker : Resolver.Pronoun(token.Key, sentence, word);
        if (actor is null)
        {
            return null;
        }

        var text = Sentences[sentence].Text;
        return new ActorMention(actor, new Mention(Sentences[sentence].Id, token.Start, token.End, text[token.Start..token.End]));
    }

    private static Actor? Find(List<(Phrase Phrase, Actor Actor)> phrases, Phrase phrase)
    {
        foreach (var (p, actor) in phrases)
        {
            if (p.First == phrase.First && p.Last == phrase.Last)
            {
                return actor;
            }
        }

        return null;
    }

    private List<WordToken> WordsOf(int sentence) => _tokens[sentence] ??= WordToken.Read(Sentences[sentence].Text);

    // Resolves the phrases of every sentence up to and including this one, in reading order.
    private List<(Phrase Phrase, Actor Actor)> Resolve(int sentence)
    {
        for (; _resolved <= sentence; _resolved++)
        {
            var tokens = WordsOf(_resolved);
            var found = new List<(Phrase, Actor)>();
            foreach (var phrase in Finder.All(tokens, _resolved))
            {
                found.Add((phrase, Resolver.ResolveInOrder(phrase, tokens, Sentences[_resolved].Text)));
            }

            _phrases[_resolved] = found;
        }

        return _phrases[sentence];
    }

    /// <summary>The words of each sentence of an article, read on first use.</summary>
    internal sealed class SentenceWords(ArticleContext article)
    {
        public List<WordToken> this[int sentence] => article.WordsOf(sentence);
    }

    /// <summary>The resolved phrases of each sentence of an article.</summary>
    internal sealed class SentencePhrases(ArticleContext article)
    {
        public List<(Phrase Phrase, Actor Actor)> this[int sentence] => article.Resolve(sentence);
    }
}
