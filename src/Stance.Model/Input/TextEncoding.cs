namespace Stance.Model.Input;

/// <summary>How article bytes are decoded.</summary>
public enum TextEncoding
{
    /// <summary>UTF-8 (a UTF-16 byte-order mark is honoured); anything else is refused with the offset of the first bad byte.</summary>
    Utf8,

    /// <summary>UTF-16: little-endian unless a byte-order mark or the text says big-endian.</summary>
    Utf16,

    /// <summary>ISO-8859-1: every byte is a character.</summary>
    Latin1,

    /// <summary>Windows-1252, the usual encoding of older Western web pages and Office exports.</summary>
    Windows1252,

    /// <summary>A byte-order mark, then BOM-less UTF-16, then UTF-8; otherwise Windows-1252, with a warning.</summary>
    Auto,
}
