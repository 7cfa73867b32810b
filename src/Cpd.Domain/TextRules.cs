using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Cpd.Domain;

/// <summary>The rules every piece of member text obeys, so that it is stored and shown back exactly.</summary>
internal static class TextRules
{
    // Every control character is a single UTF-16 unit (C0, DEL, C1), as are the line and paragraph separators, so
    // searching the chars finds exactly the runes the rules forbid, without decoding the text.
    private static readonly SearchValues<char> ForbiddenInALine = SearchValues.Create(
        Controls(allowed: string.Empty) + "\u2028\u2029");
    private static readonly SearchValues<char> ForbiddenInFreeText = SearchValues.Create(Controls(allowed: "\t\n\r"));

    /// <summary>Counts characters as Unicode scalar values, so an emoji counts once.</summary>
    public static int Length(string value)
    {
        var count = 0;
        foreach (var _ in value.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Tells whether text shows nothing: every character is white space, an invisible format character
    /// (zero-width space, joiners, byte-order mark) or a Hangul filler.
    /// </summary>
    public static bool IsBlank([NotNullWhen(false)] string? value)
    {
        if (value is null)
        {
            return true;
        }

        foreach (var rune in value.EnumerateRunes())
        {
            var invisible = Rune.IsWhiteSpace(rune)
                || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format
                || rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0;
            if (!invisible)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A line of text: no control characters at all.</summary>
    public static ValidationError? CheckSingleLine(string field, string value, int maxLength) =>
        CheckWellFormed(field, value)
        ?? CheckControls(field, value, allowLineBreaks: false)
        ?? CheckLength(field, value, maxLength);

    /// <summary>Free text: line breaks and tabs allowed, other control characters not.</summary>
    public static ValidationError? CheckMultiLine(string field, string value, int maxLength) =>
        CheckWellFormed(field, value)
        ?? CheckControls(field, value, allowLineBreaks: true)
        ?? CheckLength(field, value, maxLength);

    private static ValidationError? CheckWellFormed(string field, string value) =>
        value.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') && !IsWellFormed(value)
            ? new ValidationError(field, ValidationRule.InvalidText, "The text holds a broken Unicode character.")
            : null;

    private static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static ValidationError? CheckControls(string field, string value, bool allowLineBreaks)
    {
        if (value.AsSpan().IndexOfAny(allowLineBreaks ? ForbiddenInFreeText : ForbiddenInALine) < 0)
        {
            return null;
        }

        var what = allowLineBreaks
            ? "control characters other than line breaks and tabs"
            : "line breaks, tabs or other control characters";
        return new ValidationError(field, ValidationRule.ControlCharacters, $"The text must not contain {what}.");
    }

    private static string Controls(string allowed) =>
        string.Concat(Enumerable.Range(0, 0xA0)
            .Select(code => (char)code)
            .Where(character => char.IsControl(character) && !allowed.Contains(character, StringComparison.Ordinal)));

    // A text never has more scalar values than UTF-16 units, so only a text longer in units needs counting.
    private static ValidationError? CheckLength(string field, string value, int maxLength) =>
        value.Length > maxLength && Length(value) > maxLength
            ? new ValidationError(field, ValidationRule.MaxLength, $"The text must be at most {maxLength:N0} characters long.")
            : null;
}
