using System.Globalization;
using System.Text;

namespace Cpd.Reporting.Rendering;

/// <summary>
/// Escapes text for Markdown (CommonMark) so that it reads as the same text, never as markup: no emphasis, link,
/// heading, list, quote, table, code or raw HTML can come out of it, and its line breaks are kept.
/// </summary>
/// <remarks>
/// Characters that start markup anywhere are escaped with a backslash. Those that start markup only at the start
/// of a line (<c>-</c>, <c>+</c>, <c>=</c>, a number followed by <c>.</c> or <c>)</c>) are escaped there; every
/// value is treated as starting a line, since the template may put it there. Spaces and tabs that begin a line
/// become character references, so they are kept and never make a code block. A line break becomes a hard break;
/// an empty line stays a paragraph break. Bidirectional controls become character references.
/// </remarks>
internal static class MarkdownText
{
    private const string AlwaysEscaped = "\\`*_[]<>&|#~";
    private const string EscapedAtLineStart = "-+=";

    public static string Escape(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var escaped = new StringBuilder(text.Length + 16);
        for (var index = 0; index < lines.Length; index++)
        {
            AppendLine(escaped, lines[index]);
            if (index < lines.Length - 1)
            {
                var paragraphBreak = lines[index].Length == 0 || lines[index + 1].Length == 0;
                escaped.Append(paragraphBreak ? "\n" : "\\\n");
            }
        }

        return escaped.ToString();
    }

    private static void AppendLine(StringBuilder escaped, string line)
    {
        var start = 0;
        while (start < line.Length && line[start] is ' ' or '\t')
        {
            escaped.Append(CultureInfo.InvariantCulture, $"&#{(int)line[start]};");
            start++;
        }

        var listNumberEnd = ListNumberEnd(line, start);
        for (var index = start; index < line.Length; index++)
        {
            var character = line[index];
            if (BidiControls.Contains(character))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"&#x{(int)character:X};");
                continue;
            }

            var atStart = index == start && EscapedAtLineStart.Contains(character, StringComparison.Ordinal);
            if (atStart || index == listNumberEnd || AlwaysEscaped.Contains(character, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(character);
        }
    }

    /// <summary>
    /// Where the <c>.</c> or <c>)</c> of a leading list number is, as in <c>1. </c>; -1 when there is none. A number
    /// such as <c>3.14</c> is not a list number: the mark must end the line or be followed by a space or tab.
    /// </summary>
    private static int ListNumberEnd(string line, int start)
    {
        var index = start;
        while (index < line.Length && char.IsAsciiDigit(line[index]))
        {
            index++;
        }

        var isMark = index > start && index < line.Length && line[index] is '.' or ')';
        var isEnd = index + 1 >= line.Length || line[index + 1] is ' ' or '\t';
        return isMark && isEnd ? index : -1;
    }
}
