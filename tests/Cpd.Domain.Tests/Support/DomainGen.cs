using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Domain.Tests.Support;

/// <summary>
/// Generators of CPD domain values: frameworks, texts, dates, details and whole records. Each is built once:
/// they are declared in the order they depend on one another.
/// </summary>
public static class DomainGen
{
    /// <summary>The day the generated dates and reminders cluster around, so that overdue goes both ways.</summary>
    public static readonly LocalDate Around = new(2026, 12, 3);

    private static readonly char[] KeyCharacters = [.. "abcdefghijklmnopqrstuvwxyz0123456789-"];

    private static readonly string[] MemberIds = ["member-1", "m-2", "ß-member", "會員 7", "user@example.org"];

    /// <summary>Gets a question key: 1 to 64 lower-case letters, digits or hyphens.</summary>
    public static Gen<string> QuestionKey { get; } =
        from length in Gen.Frequency((4, Gen.Choose(1, 12)), (1, Gen.Choose(13, ReflectionFramework.MaxKeyLength)))
        from characters in Gen.ArrayOf(Gen.Elements(KeyCharacters), length)
        select new string(characters);

    /// <summary>Gets a line of member text short enough for a question or a category.</summary>
    public static Gen<string> ShortLine { get; } = MemberText.Line(20);

    /// <summary>Gets a framework a host supplies: 1 to 7 questions of its own, with any valid keys.</summary>
    public static Gen<ReflectionFramework> HostFramework { get; } =
        from count in Gen.Choose(1, 7)
        from keys in Gen.ArrayOf(QuestionKey, count * 2)
        from version in Gen.Choose(1, 5)
        from texts in Gen.ArrayOf(ShortLine, count)
        let distinct = keys.Distinct(StringComparer.Ordinal).Take(count).ToArray()
        select new ReflectionFramework(
            "host-framework",
            version,
            "A body's own questions",
            distinct.Select((key, i) => new ReflectionQuestion(key, texts[i] + "?")));

    /// <summary>Gets the default seven questions mostly, and sometimes a host's own framework.</summary>
    public static Gen<ReflectionFramework> Framework { get; } =
        Gen.Frequency((2, Gen.Constant(ReflectionFrameworks.Default)), (1, HostFramework));

    /// <summary>Gets a non-blank answer as a member types it: any script, line breaks, surrounding spaces.</summary>
    public static Gen<string> AnswerText { get; } = MemberText.Paragraphs(60);

    /// <summary>Gets a valid title: 1 to 200 characters once trimmed, any script, sometimes padded.</summary>
    public static Gen<string> Title { get; } =
        from line in MemberText.Line(40)
        from pad in Gen.Elements("", "", " ", "  ")
        select pad + line + pad;

    /// <summary>Gets notes: often none, otherwise free text with line breaks.</summary>
    public static Gen<string> Notes { get; } = Gen.Frequency((1, Gen.Constant("")), (2, MemberText.Paragraphs(80)));

    /// <summary>Gets an optional category.</summary>
    public static Gen<string?> Category { get; } =
        Gen.OneOf(Gen.Constant<string?>(null), ShortLine.Select(category => (string?)category));

    /// <summary>Gets an instant with nanoseconds, from the year 2000 to the year 2100.</summary>
    public static Gen<Instant> Instant { get; } =
        from days in Gen.Choose(0, 365 * 100)
        from nanoseconds in Gen.Choose(0, 999_999_999)
        from seconds in Gen.Choose(0, 86_399)
        select NodaTime.Instant.FromUtc(2000, 1, 1, 0, 0)
            + Duration.FromDays(days) + Duration.FromSeconds(seconds) + Duration.FromNanoseconds(nanoseconds);

    /// <summary>Gets an instant within a week either side of <see cref="Around"/>.</summary>
    public static Gen<Instant> InstantNearAround { get; } =
        from minutes in Gen.Choose(-7 * 24 * 60, 8 * 24 * 60)
        from nanoseconds in Gen.Choose(0, 999_999_999)
        select Around.AtMidnight().InUtc().ToInstant()
            + Duration.FromMinutes(minutes) + Duration.FromNanoseconds(nanoseconds);

    /// <summary>Gets any date the rules accept, from 1900 to 2199, mostly near <see cref="Around"/>.</summary>
    public static Gen<LocalDate> Date { get; } =
        Gen.Frequency(
            (3, DateNear(Around, 400)),
            (1, Gen.Choose(0, 109_572).Select(new LocalDate(1900, 1, 1).PlusDays)));

    /// <summary>Gets hours from 0 to 2000 with at most two decimal places.</summary>
    public static Gen<decimal> Hours { get; } =
        Gen.Frequency(
            (3, Gen.Choose(0, 4_000).Select(quarters => quarters / 4m)),
            (1, Gen.Choose(0, 200_000).Select(hundredths => hundredths / 100m)));

    /// <summary>Gets valid details, every optional field sometimes set, reminders near <see cref="Around"/>.</summary>
    public static Gen<CpdRecordDetails> Details { get; } =
        from title in Title
        from activity in OrNull(Date)
        from category in Category
        from hours in OrNull(Hours)
        from notes in Notes
        from reminder in OrNull(DateNear(Around, 6))
        select new CpdRecordDetails
        {
            Title = title,
            ActivityDate = activity,
            Category = category,
            Hours = hours,
            Notes = notes,
            ReminderDate = reminder,
        };

    /// <summary>Gets details that break exactly one rule.</summary>
    public static Gen<CpdRecordDetails> InvalidDetails { get; } =
        from details in Details
        from broken in Gen.Elements<Func<CpdRecordDetails, CpdRecordDetails>>(
            d => d with { Title = " \t " },
            d => d with { Title = new string('x', CpdRecordLimits.TitleMaxLength + 1) },
            d => d with { Title = "Line one\nline two" },
            d => d with { Hours = -0.25m },
            d => d with { Hours = 1.125m },
            d => d with { Hours = CpdRecordLimits.MaxHours + 0.01m },
            d => d with { ActivityDate = new LocalDate(1899, 12, 31) },
            d => d with { ReminderDate = new LocalDate(2200, 1, 1) },
            d => d with { Notes = "Bell \u0007 rings" },
            d => d with { Category = "Broken \uD800 text" })
        select broken(details);

    /// <summary>Gets a text an answer may not have: blank, with a control character, broken, or too long.</summary>
    public static Gen<string> InvalidAnswerText { get; } =
        Gen.Frequency(
            (4, Gen.Elements("", " ", "\n\t ", "\u00A0")),
            (2, Gen.Elements("Bell \u0007", "Escape \u001B[0m", "Null \0 byte")),
            (2, Gen.Elements("Broken \uD83D", "\uDE00 reversed")),
            (1, Gen.Constant(new string('y', CpdRecordLimits.AnswerMaxLength + 1))));

    /// <summary>Gets a fresh record at version 1, none, some or all of its questions answered on creation.</summary>
    public static Gen<CpdRecord> NewRecord { get; } =
        from framework in Framework
        from member in Gen.Elements(MemberIds)
        from created in Instant
        from details in Details
        from answered in Gen.Frequency(
            (1, Gen.Constant(Array.Empty<ReflectionQuestion>())),
            (1, Gen.Constant(framework.Questions.ToArray())),
            (2, Gen.SubListOf(framework.Questions.ToArray()).Select(list => list.ToArray())))
        from texts in Gen.ArrayOf(AnswerText, answered.Length)
        select CpdRecord.Create(
            CpdRecordId.New(created),
            MemberId.From(member),
            framework,
            details,
            new FakeClock(created),
            answered.Select((q, i) => (q.Key, Text: texts[i])).ToDictionary(p => p.Key, p => p.Text));

    /// <summary>A date within <paramref name="days"/> days either side of <paramref name="around"/>.</summary>
    public static Gen<LocalDate> DateNear(LocalDate around, int days) =>
        Gen.Choose(-days, days).Select(around.PlusDays);

    /// <summary>Applies commands in turn, keeping the record each successful one returns.</summary>
    public static CpdRecord Replay(CpdRecord record, IEnumerable<RecordCommand> commands)
    {
        var clock = new FakeClock(record.UpdatedAt, Duration.FromSeconds(7));
        return commands.Aggregate(record, (current, command) => command.Run(current, clock).After);
    }

    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(value => (T?)value)));
}
