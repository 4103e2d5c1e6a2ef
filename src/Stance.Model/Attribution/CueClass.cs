namespace Stance.Model.Attribution;

/// <summary>How a reporting word points at the speaker.</summary>
internal enum CueClass
{
    /// <summary>"said": the subject speaks, or the words after the verb when inverted ("said the ministry").</summary>
    Say,

    /// <summary>"accused": the subject speaks, the object is the target.</summary>
    Accuse,

    /// <summary>"denied": the subject speaks.</summary>
    Deny,

    /// <summary>"according to": the source follows.</summary>
    After,
}
