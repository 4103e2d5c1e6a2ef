using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Stance.Model.Text;

namespace Stance.Model.Reading.Markdown;

/// <summary>
/// Reads Markdown with Markdig: front matter becomes metadata, emphasis and links are reduced to
/// their text, code blocks, raw HTML (comments included) and images are dropped, and every
/// heading, paragraph and list item is a block of its own. Every character keeps its place in
/// the original file.
/// </summary>
internal static class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().UsePreciseSourceLocation().Build();

    public static (CleanText Clean, DocumentMetadata Metadata) Read(string original)
    {
        var document = Markdig.Markdown.Parse(original, Pipeline);
        var builder = new MappedTextBuilder(original.Length);
        var metadata = DocumentMetadata.None;
        string? firstHeading = null;
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case YamlFrontMatterBlock front:
                    metadata = FrontMatter.Read(front.Lines.ToString());
                    break;
                case HeadingBlock heading:
                    firstHeading ??= heading.Level == 1 ? InlineText(heading.Inline) : null;
                    EmitLeaf(heading, builder);
                    break;
                case ParagraphBlock paragraph:
                    EmitLeaf(paragraph, builder);
                    break;
            }
        }

        if (metadata.Title is null && firstHeading is { Length: > 0 })
        {
            metadata = metadata with { Title = firstHeading };
        }

        return (builder.Build(), metadata);
    }

    private static void EmitLeaf(LeafBlock block, MappedTextBuilder builder)
    {
        builder.BlockBreak();
        if (block.Inline is { } inline)
        {
            Emit(inline, new Bounded(builder, block.Span.Start, block.Span.End + 1));
        }

        builder.BlockBreak();
    }

    private static void Emit(ContainerInline container, Bounded builder)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    EmitMapped(literal.Content.ToString(), literal.Span, builder);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.ToString(), entity.Span.Start, entity.Span.End + 1);
                    break;
                case CodeInline code:
                    EmitMapped(code.Content, new SourceSpan(code.Span.Start + code.DelimiterCount, code.Span.End - code.DelimiterCount), builder);
                    break;
                case AutolinkInline link:
                    EmitMapped(link.Url, new SourceSpan(link.Span.Start + 1, link.Span.End - 1), builder);
                    break;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard)
                    {
                        builder.LineBreak();
                    }
                    else
                    {
                        builder.Append(' ', lineBreak.Span.Start, lineBreak.Span.Start);
                    }

                    break;
                case LinkInline { IsImage: true }:
                case HtmlInline:
                    break;
                case ContainerInline inner:
                    Emit(inner, builder);
                    break;
            }
        }
    }

    /// <summary>Maps text one to one onto its span when the lengths agree; otherwise (escapes) each character to the whole span.</summary>
    private static void EmitMapped(string text, SourceSpan span, Bounded builder)
    {
        var start = span.Start;
        var end = span.End + 1;
        if (end - start == text.Length)
        {
            for (var i = 0; i < text.Length; i++)
            {
                builder.Append(text[i], start + i, start + i + 1);
            }

            return;
        }

        builder.Append(text, start, Math.Max(start, end));
    }

    /// <summary>
    /// The builder, with every span kept inside its block: Markdig's inline spans can be off
    /// (seen with a tab after a heading's '#'), and an offset outside the block would break the
    /// order of sentences; such characters map to the block's start instead (and the builder
    /// keeps offsets from going back).
    /// </summary>
    private readonly struct Bounded(MappedTextBuilder builder, int start, int end)
    {
        public void Append(char c, int from, int to)
        {
            var inside = from >= start && to <= end && from <= to;
            builder.Append(c, inside ? from : start, inside ? to : start);
        }

        public void Append(string text, int from, int to)
        {
            foreach (var c in text)
            {
                Append(c, from, to);
            }
        }

        public void LineBreak() => builder.LineBreak();
    }

    private static string? InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return null;
        }

        var text = new System.Text.StringBuilder();
        foreach (var item in inline.Descendants<Inline>())
        {
            switch (item)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        var value = text.ToString().Trim();
        return value.Length == 0 ? null : value;
    }
}
