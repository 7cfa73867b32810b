using System.Text;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using NodaTime;
using Xunit;
using static Cpd.Storage.Conformance.ConformanceRecords;

namespace Cpd.Storage.Conformance;

public abstract partial class CpdRecordStoreConformanceTests
{
    /// <summary>Text from many scripts, emoji and combining marks comes back exactly.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The test.</returns>
    [Theory]
    [InlineData("Ångström-scale imaging — μ-meson, naïve café")]
    [InlineData("量子センサー 🧪🔬 👩🏽‍🔬")]
    [InlineData("שלום עולם مرحبا بالعالم")]
    [InlineData("e\u0301 and \u202Eoverride\u202C and zero\u200Bwidth")]
    [InlineData("'quotes' \"double\" <tags> & ampersands; DROP TABLE records; --")]
    public async Task Content_InAnyScript_RoundTripsExactly(string text)
    {
        var record = CpdRecord.Create(
            CpdRecordId.New(Clock.GetCurrentInstant()),
            Alice,
            ReflectionFrameworks.Default,
            new CpdRecordDetails { Title = text, Category = text, Notes = $"{text}\r\n\t{text}" },
            Clock,
            ReflectionFrameworks.Default.Questions.ToDictionary(q => q.Key, q => $"{q.Key}: {text}\n{text}"));
        await AddAsync(record);

        var found = await Store.FindAsync(Alice, record.Id, Cancellation);

        Assert.Equal(record, found);
        Assert.Equal(record.Notes, found!.Notes);
        Assert.All(record.Answers, pair => Assert.Equal(pair.Value.Text, found.AnswerTo(pair.Key)!.Text));
    }

    /// <summary>Content at every maximum length comes back exactly.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Content_AtMaximumLengths_RoundTripsExactly()
    {
        var title = Repeat("🧪", CpdRecordLimits.TitleMaxLength);
        var notes = Repeat("é\n", CpdRecordLimits.NotesMaxLength / 2);
        var answer = Repeat("漢", CpdRecordLimits.AnswerMaxLength);
        var record = CpdRecord.Create(
            CpdRecordId.New(Clock.GetCurrentInstant()),
            Alice,
            ReflectionFrameworks.Default,
            new CpdRecordDetails
            {
                Title = title,
                Category = Repeat("c", CpdRecordLimits.CategoryMaxLength),
                Notes = notes,
                Hours = CpdRecordLimits.MaxHours,
            },
            Clock,
            ReflectionFrameworks.Default.Questions.ToDictionary(q => q.Key, _ => answer));

        await AddAsync(record);
        var found = await Store.FindAsync(Alice, record.Id, Cancellation);

        Assert.Equal(record, found);
        Assert.Equal(title, found!.Title);
        Assert.Equal(answer, found.AnswerTo("next-steps")!.Text);
    }

    /// <summary>Instants keep their full precision.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Instants_WithSubSecondPrecision_RoundTripExactly()
    {
        Clock.AdvanceNanoseconds(123_456_789);
        var record = New(Clock, Alice, answers: Answers(1));
        await AddAsync(record);

        var found = await Store.FindAsync(Alice, record.Id, Cancellation);

        Assert.Equal(record.CreatedAt, found!.CreatedAt);
        Assert.Equal(record.AnswerTo("activity")!.SavedAt, found.AnswerTo("activity")!.SavedAt);
    }

    /// <summary>Records are listed by activity date, undated last, then by creation, then by id.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task ListAsync_OrdersByActivityDateThenCreationThenId()
    {
        var undated = New(Clock, Alice, "Undated");
        var later = New(Clock, Alice, "Later", new LocalDate(2026, 5, 1));
        var earlier = New(Clock, Alice, "Earlier", new LocalDate(2025, 1, 1));
        var sameDayLater = New(Clock, Alice, "Same day, created later", new LocalDate(2026, 5, 1));
        await AddAsync(undated, later, earlier);
        await AddAsync(sameDayLater);

        var titles = (await Store.ListAsync(Alice, Cancellation)).Select(record => record.Title);

        Assert.Equal(["Earlier", "Later", "Same day, created later", "Undated"], titles);
    }

    /// <summary>The summary counts each state, the overdue records and the hours, exactly.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task SummarizeAsync_CountsStatesOverdueAndHoursExactly()
    {
        var today = new LocalDate(2026, 12, 3);
        await AddAsync(
            New(Clock, Alice, "Done, reminder passed", reminder: today.PlusDays(-5), hours: 1.25m, answers: Answers(7)),
            New(Clock, Alice, "Half, reminder passed", reminder: today.PlusDays(-1), hours: 0.01m, answers: Answers(3)),
            New(Clock, Alice, "Half, reminder today", reminder: today, hours: 2.5m, answers: Answers(1)),
            New(Clock, Alice, "Untouched, reminder passed", reminder: new LocalDate(2025, 12, 31)),
            New(Clock, Alice, "Untouched, no reminder", hours: 14m),
            New(Clock, Bob, "Bob's, overdue", reminder: today.PlusDays(-30), hours: 100m));

        var summary = await Store.SummarizeAsync(Alice, today, Cancellation);

        Assert.Equal(new CpdSummary(5, 1, 2, 2, 2, 17.76m), summary);
        Assert.Equal(CpdSummary.Of(await Store.ListAsync(Alice, Cancellation), today), summary);
    }

    private static string Repeat(string text, int times) => new StringBuilder().Insert(0, text, times).ToString();
}
