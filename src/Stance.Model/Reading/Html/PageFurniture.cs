using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Stance.Model.Reading.Html;

/// <summary>
/// The parts of a page that are never article text, whatever the content extraction decides:
/// code, styling, templates, hidden elements, controls, navigation, page-wide headers and
/// footers, asides and ARIA landmarks that are not the main content.
/// </summary>
internal static partial class PageFurniture
{
    private static readonly HashSet<string> NeverText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "nav", "aside", "button", "select", "option", "textarea",
        "input", "svg", "math", "iframe", "object", "embed", "canvas", "dialog", "head",
    };

    private static readonly HashSet<string> LandmarkRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tooltip",
    };

    private static readonly HashSet<string> Sectioning = new(StringComparer.OrdinalIgnoreCase) { "article", "main", "section" };

    /// <summary>The text nodes under <paramref name="root"/> that furniture hides.</summary>
    public static HashSet<IText> Collect(INode root)
    {
        var found = new HashSet<IText>(ReferenceEqualityComparer.Instance);
        var bodyText = root.TextContent.Length;
        Walk(root, furniture: false, inSection: false, bodyText, found);
        return found;
    }

    /// <summary>True when <paramref name="element"/> and everything in it is not article text.</summary>
    public static bool IsFurniture(IElement element, bool inSection, int pageTextLength)
    {
        var name = element.LocalName;
        if (NeverText.Contains(name) || IsHidden(element))
        {
            return true;
        }

        if (element.GetAttribute("role") is { } role && role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(LandmarkRoles.Contains))
        {
            return true;
        }

        return name switch
        {
            // Only the page's own header and footer are landmarks; an article's header holds its headline and byline.
            "header" or "footer" => !inSection,

            // Some sites wrap the whole page in one form: that form is layout, not a form.
            "form" => element.TextContent.Length < pageTextLength * 0.3,
            _ => false,
        };
    }

    /// <summary>Hidden by attribute or inline style (what a saved page can tell without its style sheets).</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style);
    }

    private static void Walk(INode node, bool furniture, bool inSection, int pageTextLength, HashSet<IText> found)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                if (furniture)
                {
                    found.Add(text);
                }
            }
            else if (child is IElement element)
            {
                var hidden = furniture || IsFurniture(element, inSection, pageTextLength);
                Walk(element, hidden, inSection || Sectioning.Contains(element.LocalName) || element.GetAttribute("role") is "main" or "article", pageTextLength, found);
            }
        }
    }

    [GeneratedRegex(@"(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();
}
