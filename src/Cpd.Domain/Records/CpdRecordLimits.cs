namespace Cpd.Domain.Records;

/// <summary>
/// The documented limits on what a record holds. Lengths count Unicode scalar values: an emoji such as 🧪 or a
/// precomposed letter such as é counts once, whatever its UTF-16 length; a letter followed by a combining
/// accent counts twice, and a joined emoji sequence counts each of its parts.
/// </summary>
public static class CpdRecordLimits
{
    /// <summary>The longest title, in characters, after surrounding spaces are trimmed.</summary>
    public const int TitleMaxLength = 200;

    /// <summary>The longest category, in characters.</summary>
    public const int CategoryMaxLength = 100;

    /// <summary>The longest quick notes, in characters: room for several pages of text.</summary>
    public const int NotesMaxLength = 20_000;

    /// <summary>The longest answer to one question, in characters: room for several pages of text.</summary>
    public const int AnswerMaxLength = 20_000;

    /// <summary>The most hours one activity may claim.</summary>
    public const decimal MaxHours = 2_000m;

    /// <summary>The most decimal places hours may have (a quarter of an hour is 0.25).</summary>
    public const int HoursDecimalPlaces = 2;

    /// <summary>The most development objectives one record may serve.</summary>
    public const int MaxObjectives = 20;

    /// <summary>The earliest activity or reminder year accepted.</summary>
    public const int EarliestYear = 1900;

    /// <summary>The latest activity or reminder year accepted.</summary>
    public const int LatestYear = 2199;
}
