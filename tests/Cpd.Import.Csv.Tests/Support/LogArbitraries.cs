using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Cpd.Import.Csv.Tests.Support;

/// <summary>
/// Generators of CSV logs: valid records with Unicode text, quotes and line breaks, and ways to spoil one.
/// </summary>
public static class LogArbitraries
{
    private static readonly LocalDate EarliestDate = new(CpdRecordLimits.EarliestYear, 1, 1);
    private static readonly int DateRange = Period.Between(
        EarliestDate, new LocalDate(CpdRecordLimits.LatestYear, 12, 31), PeriodUnits.Days).Days;

    public static IReadOnlyList<Corruption> Corruptions { get; } =
    [
        new("blank title", fields => With(fields, 0, "  "), CsvLogColumns.Title),
        new("title too long", fields => With(fields, 0, Longer(CpdRecordLimits.TitleMaxLength)), CsvLogColumns.Title),
        new("tab in title", fields => With(fields, 0, fields[0] + "\tpart two"), CsvLogColumns.Title),
        new("line break in title", fields => With(fields, 0, "part one\npart two"), CsvLogColumns.Title),
        new("date not ISO", fields => With(fields, 1, "03/18/2026"), CsvLogColumns.ActivityDate),
        new("impossible date", fields => With(fields, 1, "2026-02-30"), CsvLogColumns.ActivityDate),
        new(
            "category too long",
            fields => With(fields, 2, Longer(CpdRecordLimits.CategoryMaxLength)),
            CsvLogColumns.Category),
        new("decimal comma", fields => With(fields, 3, "1,5"), CsvLogColumns.Hours),
        new("negative hours", fields => With(fields, 3, "-0.25"), CsvLogColumns.Hours),
        new("too many hours", fields => With(fields, 3, "2000.01"), CsvLogColumns.Hours),
        new("three decimals", fields => With(fields, 3, "1.125"), CsvLogColumns.Hours),
        new("control character in notes", fields => With(fields, 4, fields[4] + "\u0001"), CsvLogColumns.Notes),
        new("reminder before 1900", fields => With(fields, 5, "1899-12-31"), CsvLogColumns.ReminderDate),
        new("answer too long", fields => With(fields, 8, Longer(CpdRecordLimits.AnswerMaxLength)), "learning"),
        new("extra field", fields => [.. fields, "extra"], string.Empty),
        new("missing field", fields => fields[..^1], string.Empty),
    ];

    private static ReflectionFramework Framework => ReflectionFrameworks.Default;

    private static Gen<string> NewLines => Gen.Elements("\r\n", "\n");

    public static Arbitrary<ValidLog> ValidLog() =>
        Arb.From(
            from entries in Entries
            from newLine in NewLines
            from byteOrderMark in Gen.Elements(true, false)
            select new ValidLog(entries, newLine, byteOrderMark));

    public static Arbitrary<LogWithOneBadRecord> LogWithOneBadRecord() =>
        Arb.From(
            from entries in Entries
            from badIndex in Gen.Choose(0, entries.Count - 1)
            from corruption in Gen.Elements<Corruption>(Corruptions)
            from newLine in NewLines
            select new LogWithOneBadRecord(entries, badIndex, corruption, newLine));

    private static Gen<IReadOnlyList<LogEntry>> Entries =>
        Gen.Choose(1, 12)
            .SelectMany(count => Gen.ArrayOf(Entry, count))
            .Select(entries => (IReadOnlyList<LogEntry>)entries);

    private static Gen<LogEntry> Entry =>
        from title in Title
        from date in OptionalDate
        from category in Optional(Text(Piece(false), 1, 30))
        from hours in Optional(Gen.Choose(0, 200_000).Select(hundredths => hundredths / 100m))
        from notes in Gen.Frequency((1, Gen.Constant(string.Empty)), (3, NonBlank(Text(Piece(true), 1, 300))))
        from reminder in OptionalDate
        from answers in Answers
        let details = new CpdRecordDetails
        {
            Title = title,
            ActivityDate = date,
            Category = category,
            Hours = hours,
            Notes = notes,
            ReminderDate = reminder,
        }
        select new LogEntry(details.Normalize(), answers);

    private static Gen<string> Title =>
        from first in Gen.Elements("A", "Ω", "É", "研", "\U0001F52C", "-", "\"", "'", "=")
        from rest in Text(Piece(false), 0, CpdRecordLimits.TitleMaxLength - 1)
        select Runes(first + rest, CpdRecordLimits.TitleMaxLength).Trim();

    private static Gen<LocalDate?> OptionalDate =>
        Optional(Gen.Choose(0, DateRange).Select(EarliestDate.PlusDays));

    private static Gen<IReadOnlyDictionary<string, string>> Answers =>
        Gen.CollectToArray(
                Framework.Questions,
                question => Gen.Frequency(
                    (1, Gen.Constant<string?>(null)),
                    (2, NonBlank(Text(Piece(true), 1, 200)).Select(answer => (string?)answer))))
            .Select(answers => (IReadOnlyDictionary<string, string>)Framework.Questions
                .Zip(answers)
                .Where(pair => pair.Second is not null)
                .ToDictionary(pair => pair.First.Key, pair => pair.Second!));

    /// <summary>Up to <paramref name="most"/> pieces of text, each one character or a line break.</summary>
    private static Gen<string> Text(Gen<string> piece, int least, int most) =>
        Gen.Choose(least, most).SelectMany(count => Gen.ArrayOf(piece, count)).Select(string.Concat);

    private static Gen<string> NonBlank(Gen<string> text) =>
        text.Select(value => string.IsNullOrWhiteSpace(value) ? value + "x" : value);

    /// <summary>
    /// One character: ASCII with the characters CSV treats specially, accented Latin, Greek, CJK, emoji
    /// (surrogate pairs), a combining accent and typographic marks; line breaks and tabs for free text.
    /// </summary>
    private static Gen<string> Piece(bool multiLine)
    {
        var pieces = new List<(int, Gen<string>)>
        {
            (10, Gen.Choose(0x20, 0x7E).Select(char.ConvertFromUtf32)),
            (4, Gen.Elements(",", "\"", "\"\"", "'", " ", "=", "-", "+", "@", ";")),
            (3, Gen.Choose(0xC0, 0x24F).Select(char.ConvertFromUtf32)),
            (2, Gen.Choose(0x391, 0x3C9).Select(char.ConvertFromUtf32)),
            (2, Gen.Choose(0x4E00, 0x9FFF).Select(char.ConvertFromUtf32)),
            (2, Gen.Choose(0x1F300, 0x1F64F).Select(char.ConvertFromUtf32)),
            (1, Gen.Elements("\u0301", "–", "—", "°", "μ", "Å", "\u00A0")),
        };
        if (multiLine)
        {
            pieces.Add((3, Gen.Elements("\n", "\r\n", "\r", "\t", "\u2028")));
        }

        return Gen.Frequency(pieces);
    }

    private static Gen<T?> Optional<T>(Gen<T> value)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, value.Select(v => (T?)v)));

    private static Gen<string?> Optional(Gen<string> value) =>
        Gen.Frequency((1, Gen.Constant<string?>(null)), (3, value.Select(v => (string?)v)));

    private static string Longer(int limit) => new('x', limit + 1);

    /// <summary>The first characters of a text, counted as the domain counts them.</summary>
    private static string Runes(string text, int most) => string.Concat(text.EnumerateRunes().Take(most));

    private static string[] With(string[] fields, int index, string value)
    {
        var changed = (string[])fields.Clone();
        changed[index] = value;
        return changed;
    }
}
