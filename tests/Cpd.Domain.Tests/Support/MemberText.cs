using FsCheck;
using FsCheck.Fluent;

namespace Cpd.Domain.Tests.Support;

/// <summary>
/// Generators of the text members type: Latin with accents, combining marks, emoji (including joined
/// sequences), right-to-left Arabic and Hebrew, CJK, punctuation that markup and JSON treat specially.
/// </summary>
public static class MemberText
{
    /// <summary>Pieces that begin with a visible character, so that a text starting with one is not blank.</summary>
    public static readonly string[] Visible =
    [
        "a", "Z", "7", "é", "e\u0301", "ß", "Ø", "ñ", "Ω", "日本語", "😀", "👩\u200D🔬", "🇬🇧",
        "مرحبا", "שלום", "تعلّم", "-", "'", "\"", "<b>", "&amp;", "\\", "/", "{}", "%", "₂",
    ];

    /// <summary>Pieces that are spaces or invisible marks but no control characters.</summary>
    public static readonly string[] Spacing = [" ", " ", "\u00A0", "\u200F", "\u200E"];

    /// <summary>Line breaks and tabs: allowed in notes and answers, never in titles or categories.</summary>
    public static readonly string[] Breaks = ["\n", "\r\n", "\t", "\u2028"];

    /// <summary>A non-blank single line of at most <paramref name="maxPieces"/> pieces, starting visibly.</summary>
    public static Gen<string> Line(int maxPieces) =>
        from first in Gen.Elements(Visible)
        from rest in Pieces(maxPieces - 1, Gen.Elements([.. Visible, .. Spacing]))
        select first + rest;

    /// <summary>Non-blank free text that may hold line breaks and tabs, and surrounding spaces.</summary>
    public static Gen<string> Paragraphs(int maxPieces) =>
        from lead in Gen.Elements("", "", " ", "\n")
        from first in Gen.Elements(Visible)
        from rest in Pieces(maxPieces - 1, Gen.Elements([.. Visible, .. Spacing, .. Breaks]))
        select lead + first + rest;

    private static Gen<string> Pieces(int maxPieces, Gen<string> piece) =>
        from count in Gen.Choose(0, Math.Max(0, maxPieces))
        from pieces in Gen.ArrayOf(piece, count)
        select string.Concat(pieces);
}
