using System.Text;

namespace Cpd.Reminders.Templating;

/// <summary>Puts text on one line: every line break, tab or other control character becomes a single space.</summary>
internal static class OneLine
{
    public static string Of(string text)
    {
        var line = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var character in text.Trim())
        {
            var space = char.IsControl(character) || char.IsWhiteSpace(character);
            if (!space || !lastWasSpace)
            {
                line.Append(space ? ' ' : character);
            }

            lastWasSpace = space;
        }

        return line.ToString().Trim();
    }
}
