using System.Text;

namespace Cpd.Domain.Planning;

/// <summary>Draws a title from a next-steps answer: its first line with something to show, shortened to fit.</summary>
internal static class NextStepsTitle
{
    private const string Ellipsis = "…";

    private static readonly char[] LineBreaks = ['\r', '\n', '\u2028', '\u2029'];

    /// <summary>Draws the title; the text must hold at least one visible character.</summary>
    public static string From(string text, int maxLength)
    {
        var line = text.Split(LineBreaks).First(candidate => !TextRules.IsBlank(candidate));
        var runes = Visible(line.Replace('\t', ' ').EnumerateRunes().ToList());
        return runes.Count <= maxLength ? Join(runes) : Shorten(runes, maxLength);
    }

    // Cuts at the last space in the second half of what fits, so that a word is rarely split.
    private static string Shorten(List<Rune> runes, int maxLength)
    {
        var kept = runes.Take(maxLength - 1).ToList();
        var space = kept.FindLastIndex(Rune.IsWhiteSpace);
        if (space >= maxLength / 2)
        {
            kept = kept.Take(space).ToList();
        }

        return Join(Visible(kept)) + Ellipsis;
    }

    // Removes spaces and invisible marks at both ends, so the title starts and ends with what a reader sees.
    private static List<Rune> Visible(List<Rune> runes)
    {
        var start = runes.FindIndex(rune => !IsInvisible(rune));
        var end = runes.FindLastIndex(rune => !IsInvisible(rune));
        return start < 0 ? [] : runes.GetRange(start, end - start + 1);
    }

    private static bool IsInvisible(Rune rune) => TextRules.IsBlank(rune.ToString());

    private static string Join(List<Rune> runes) => string.Concat(runes.Select(rune => rune.ToString()));
}
