namespace Stance.Model.Attribution;

/// <summary>The sentence-level context rules of <see cref="SpeakerFinder"/>: headlines, colons, quotes and attribution-only sentences.</summary>
internal static partial class SpeakerFinder
{
    private static readonly HashSet<string> FirstPerson = ["i", "we", "our", "us", "my", "me", "ours", "weve", "im", "ive", "youre", "you", "your", "ill", "wed", "id"];

    private static bool ContinuesQuote(ArticleContext article, int index)
    {
        var tokens = article.Tokens[index];
        var text = article.Sentences[index].Text;
        return tokens.Any(t => FirstPerson.Contains(t.Key) && (t.Key != "us" || t.Caps == "us")) || text.TrimEnd().EndsWith('?') || QuoteMarks(article, index) > 0;
    }

    // The source of the nearest sentence before that names one (within two sentences).
    private static ActorMention? Previous(ArticleContext article, int index, AttributionOptions options)
    {
        for (var k = index - 1; k >= 0 && k >= index - options.InheritDistance; k--)
        {
            if (InSentence(article, k) is { } found && !found.Speaker.Actor.IsReporter)
            {
                return found.Speaker;
            }

            if (k < index - 1 && !ContinuesQuote(article, k))
            {
                break;
            }
        }

        return null;
    }


    // "Barazi said." / "he told reporters": a sentence that is little more than its source and verb.
    private static bool IsAttributionOnly(ArticleContext article, int index)
    {
        var tokens = article.Tokens[index];
        if (tokens.Count > 12 || InSentence(article, index) is not { } found || found.Speaker.Mention is not { } m || m.SentenceId != article.Sentences[index].Id)
        {
            return false;
        }

        var speakerWords = tokens.Count(t => t.Start >= m.Start && t.End <= m.End);
        return tokens.Count - speakerWords <= 4;
    }

    private static bool EndsWithVerb(ArticleContext article, int index)
    {
        var tokens = article.Tokens[index];
        return tokens.Count > 0 && article.Lexicon.Verbs.ContainsKey(tokens[^1].Key);
    }

    private static bool OpensWithQuote(ArticleContext article, int index)
    {
        var text = article.Sentences[index].Text.TrimStart();
        return text.Length > 0 && text[0] is '"' or '\u201c' or '\u2018' or '\'';
    }

    // A headline that ends with its source: "NGOs should condemn terrorists not Russia Foreign Ministry",
    // "Syria air strikes kill dozens in rebel town Monitor" (text after a '|' is the site's name).
    private static ActorMention? HeadlineSource(ArticleContext article, int index)
    {
        var text = article.Sentences[index].Text;
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        var body = (bar >= 0 ? text[..bar] : text).TrimEnd();
        if (index > 1 || body.Length == 0 || body[^1] is '.' or '"' or '\u201d' or '?' or '!')
        {
            return null;
        }

        var tokens = article.Tokens[index];
        var last = tokens.FindLastIndex(t => t.End <= body.Length);
        if (last < 3 || article.Finder.EndingAt(tokens, index, last) is not { Strength: >= 2 } phrase || phrase.First < 3
            || tokens[phrase.MentionFirst - 1].Key is "in" or "of" or "on" or "at" or "to" or "for" or "from" or "against" or "with" or "by" or "over" or "near")
        {
            return null;
        }

        var speaker = article.MentionOf(phrase);
        return speaker.Actor.Type == ActorType.Other ? null : speaker;
    }

    // "Syrian Coalition: Assad Used Chemical Weapons ..." / "... chemical attack: EUs Mogherini".
    private static ActorMention? ColonSource(ArticleContext article, int index)
    {
        var text = article.Sentences[index].Text;
        var tokens = article.Tokens[index];
        var first = text.IndexOf(':', StringComparison.Ordinal);
        var last = text.LastIndexOf(':');
        if (first < 0)
        {
            return null;
        }

        // "Zakharov: ...", "Moscow to West: ...": a short head before the colon names the speaker; one
        // unknown word ("Support:", "Smiling:" under a photo) only in a headline, and never a credit
        // line's "Source:" or "Photo:".
        var head = tokens.FindAll(t => t.End <= first);
        var to = head.FindIndex(t => t.Key == "to");
        var headEnd = to > 0 ? to - 1 : head.Count - 1;
        if (head.Count is >= 1 and <= 4 && !(head.Count == 1 && article.Lexicon.NonActor.Contains(head[0].Key))
            && article.Finder.EndingAt(tokens, index, headEnd) is { } lead && lead.MentionFirst == 0
            && (lead.Strength >= 2 || (lead.Strength == 1 && article.MentionOf(lead).Actor.Type is ActorType.Person or ActorType.Other
                && (lead.Last > lead.First || index <= 1))))
        {
            return article.MentionOf(lead);
        }

        var startOfTail = tokens.FindIndex(t => t.Start > last);
        if (startOfTail >= 0 && tokens.Count - startOfTail is >= 1 and <= 4 && article.Finder.StartingAt(tokens, index, startOfTail) is { } trailing && trailing.Last == tokens.Count - 1)
        {
            var speaker = article.MentionOf(trailing);
            return speaker.Actor.Type == ActorType.Other ? null : speaker;
        }

        return null;
    }

    // 'Abbie McGee said: "The children love him.' then sentences inside the quote she opened (the last
    // quotation mark before them opens), up to five sentences back, paragraphs that reopen it included.
    private static ActorMention? InsideQuote(ArticleContext article, int index)
    {
        for (var k = index - 1; k >= 0 && k >= index - 5; k--)
        {
            var text = article.Sentences[k].Text;
            var at = text.AsSpan().LastIndexOfAny('"', '\u201c', '\u201d');
            if (at < 0)
            {
                continue;
            }

            var opens = text[at] == '\u201c' || (text[at] == '"' && (at == 0 || char.IsWhiteSpace(text[at - 1]) || text[at - 1] is '(' or '[' or ':'));
            if (!opens)
            {
                return null;
            }

            if (InSentence(article, k) is { } source && !source.Speaker.Actor.IsReporter)
            {
                return source.Speaker;
            }

            if (!OpensWithQuote(article, k))
            {
                return null;
            }
        }

        return null;
    }

    private static bool OpensWithSingle(ArticleContext article, int index)
    {
        var text = article.Sentences[index].Text.TrimStart();
        return text.Length > 1 && text[0] is '\'' or '\u2018' && char.IsLetter(text[1]);
    }

    // A single quotation mark closes after punctuation (",'" ".'" "?'"); an apostrophe never does.
    private static bool ClosesSingle(ArticleContext article, int index)
    {
        var text = article.Sentences[index].Text;
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] is '\'' or '\u2019' && text[i - 1] is ',' or '.' or '?' or '!')
            {
                return true;
            }
        }

        return false;
    }

    private static int QuoteMarks(ArticleContext article, int index) =>
        article.Sentences[index].Text.Count(c => c is '"' or '\u201c' or '\u201d');

    private static bool HasQuote(ArticleContext article, int index) =>
        article.Sentences[index].Text.IndexOfAny(['"', '\u201c', '\u201d']) >= 0;
}
