namespace Cpd.Reporting.Rendering;

/// <summary>
/// The Unicode controls that reorder the text around them (such as the right-to-left override). Member text may
/// hold them; reports keep them but write them as character references where the format has them, so that a
/// reader of the source sees them rather than text they have reordered.
/// </summary>
internal static class BidiControls
{
    /// <summary>Every bidirectional control character.</summary>
    public static IReadOnlyList<char> All { get; } =
    [
        '\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
        '\u2066', '\u2067', '\u2068', '\u2069',
    ];

    public static bool Contains(char character) => character switch
    {
        '\u061C' or '\u200E' or '\u200F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };
}
