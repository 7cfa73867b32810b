using System.Text;
using Cpd.Domain.Frameworks;
using CsvHelper;

namespace Cpd.Import.Csv.Tests.Support;

/// <summary>Builds CSV logs for tests.</summary>
internal static class LogFile
{
    public static string MemberLogPath { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "member-log.csv");

    public static string DefaultHeader { get; } = string.Join(",", CsvLogColumns.For(ReflectionFrameworks.Default));

    /// <summary>Joins lines with LF and ends the last one.</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    public static MemoryStream Utf8(string text, bool byteOrderMark = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new MemoryStream(byteOrderMark ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes);
    }

    /// <summary>Writes a header and records with CsvHelper, noting the line each record starts on.</summary>
    public static WrittenLog Write(IReadOnlyList<string> header, IEnumerable<string[]> records, string newLine)
    {
        using var text = new StringWriter();
        var lines = new List<int>();
        var options = CsvWriterOptions.Default with { NewLine = newLine, ValidateFieldCount = false };
        using (var writer = CsvWriter.Create(text, options, leaveOpen: true))
        {
            writer.WriteHeader([.. header]);
            foreach (var record in records)
            {
                writer.Flush();
                lines.Add(LineAfter(text.ToString()));
                writer.WriteRecord(record);
            }
        }

        return new WrittenLog(text.ToString(), lines);
    }

    /// <summary>The line that starts after the text: CR, LF and CR LF each end a line.</summary>
    private static int LineAfter(string text) =>
        1 + text.Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c is '\n' or '\r');
}
