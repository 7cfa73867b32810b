using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Domain.Reminders;
using Ical.Net.CalendarComponents;
using NodaTime;
using NodaTime.Testing;
using IcalCalendar = Ical.Net.Calendar;

namespace Cpd.Reminders.Tests;

public sealed class ReminderCalendarTests
{
    private static readonly Instant Now = Instant.FromUtc(2027, 3, 1, 10, 0);

    private readonly FakeClock _clock = new(Now);
    private readonly ReminderCalendar _calendar = new(
        ReminderSchedule.Default, new ReminderMessageComposer(new Uri("https://portal.example.org/cpd/records/")));

    [Fact]
    public void Write_ARecordsReminder_ParsesBackAsATodoDueThatDayWithAnAlarmAtNineLocal()
    {
        var record = Record("Workshop: Writing, \"safely\"; with commas", new LocalDate(2027, 3, 28));

        var text = _calendar.Write(record, DateTimeZoneProviders.Tzdb["Europe/London"], Now);

        var todo = Assert.Single(IcalCalendar.Load(text)!.Todos);
        Assert.Equal(record.Title, todo.Summary);
        Assert.Equal(new DateOnly(2027, 3, 28), todo.Due!.Date);
        Assert.False(todo.Due.HasTime);
        Assert.Equal($"cpd-record.{record.Id}@portal.example.org", todo.Uid);
        Assert.Equal(new Uri($"https://portal.example.org/cpd/records/{record.Id}"), todo.Url);
        Assert.Equal("NEEDS-ACTION", todo.Status);
        var alarm = Assert.Single(todo.Alarms);
        Assert.Equal("DISPLAY", alarm.Action);
        Assert.False(alarm.Trigger!.IsRelative);
        // 09:00 BST on 28 March 2027 (the first day of summer time) is 08:00 UTC.
        Assert.Equal(new DateTime(2027, 3, 28, 8, 0, 0, DateTimeKind.Utc), alarm.Trigger.DateTime!.AsUtc);
    }

    [Fact]
    public void Write_InAucklandAndLosAngeles_RingsAtEachMembersNineOClock()
    {
        var record = Record("Course", new LocalDate(2027, 6, 15));

        var auckland = Alarm(_calendar.Write(record, DateTimeZoneProviders.Tzdb["Pacific/Auckland"], Now));
        var losAngeles = Alarm(_calendar.Write(record, DateTimeZoneProviders.Tzdb["America/Los_Angeles"], Now));

        Assert.Equal(new DateTime(2027, 6, 14, 21, 0, 0, DateTimeKind.Utc), auckland);
        Assert.Equal(new DateTime(2027, 6, 15, 16, 0, 0, DateTimeKind.Utc), losAngeles);
    }

    [Fact]
    public void Write_TheFileItself_FollowsRfc5545Framing()
    {
        var text = _calendar.Write(Record("Course", new LocalDate(2027, 6, 15)), DateTimeZone.Utc, Now);

        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nVERSION:2.0\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nPRODID:-//Cpd.Library//CPD reminders//EN\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nDUE;VALUE=DATE:20270615\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTAMP:20270301T100000Z\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Fact]
    public void Write_ACompletedRecord_IsACompletedTodoWithoutAnAlarm()
    {
        var record = Record("Done", new LocalDate(2027, 6, 15), completed: true);

        var todo = Assert.Single(IcalCalendar.Load(_calendar.Write(record, DateTimeZone.Utc, Now))!.Todos);

        Assert.Equal("COMPLETED", todo.Status);
        Assert.Empty(todo.Alarms);
    }

    [Fact]
    public void Write_ARecordWithoutAReminder_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => _calendar.Write(Record("No reminder", null), DateTimeZone.Utc, Now));
    }

    private static DateTime Alarm(string text) =>
        Assert.Single(Assert.Single(IcalCalendar.Load(text)!.Todos).Alarms).Trigger!.DateTime!.AsUtc;

    private CpdRecord Record(string title, LocalDate? reminder, bool completed = false) => CpdRecord.Create(
        CpdRecordId.New(Now),
        MemberId.From("ada"),
        ReflectionFrameworks.Default,
        new CpdRecordDetails { Title = title, ReminderDate = reminder },
        _clock,
        completed ? ReflectionFrameworks.Default.Questions.ToDictionary(q => q.Key, q => $"Answer to {q.Key}") : null);
}
