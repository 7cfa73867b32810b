using System.Globalization;

namespace Cpd.Reporting.Tests.Support;

/// <summary>The WCAG 2 contrast ratio of two <c>#rrggbb</c> colours.</summary>
internal static class Contrast
{
    public static double Ratio(string foreground, string background)
    {
        var (lighter, darker) = (Luminance(foreground), Luminance(background));
        if (lighter < darker)
        {
            (lighter, darker) = (darker, lighter);
        }

        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double Luminance(string hex) =>
        (0.2126 * Channel(hex, 1)) + (0.7152 * Channel(hex, 3)) + (0.0722 * Channel(hex, 5));

    private static double Channel(string hex, int start)
    {
        var value = int.Parse(hex.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
        return value <= 0.03928 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
    }
}
