namespace Cpd.Domain;

/// <summary>The rule a value broke, so that a host can choose its own wording for each.</summary>
public enum ValidationRule
{
    /// <summary>The value is required and was missing or blank.</summary>
    Required,

    /// <summary>The value is longer than its documented maximum.</summary>
    MaxLength,

    /// <summary>The value holds control characters where none are allowed.</summary>
    ControlCharacters,

    /// <summary>The value is not well-formed Unicode text (for example a lone surrogate).</summary>
    InvalidText,

    /// <summary>The value lies outside its allowed range.</summary>
    OutOfRange,

    /// <summary>The value has more decimal places than allowed.</summary>
    Precision,

    /// <summary>The value cannot be read in the expected format.</summary>
    Format,

    /// <summary>The question key is not one of the record's reflection framework.</summary>
    UnknownQuestion,

    /// <summary>The time-zone id is not a known IANA (tz database) id.</summary>
    UnknownTimeZone,

    /// <summary>The reflection framework or its version is not known to the catalog.</summary>
    UnknownFramework,

    /// <summary>The same key was given more than once.</summary>
    Duplicate,
}
