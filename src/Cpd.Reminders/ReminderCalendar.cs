using Cpd.Domain.Records;
using Cpd.Domain.Reminders;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using IcalCalendar = Ical.Net.Calendar;

namespace Cpd.Reminders;

/// <summary>
/// Writes a record's reminder as an iCalendar file (RFC 5545) that a member can add to their calendar: one
/// to-do (VTODO) due on the reminder date, with a display alarm at the reminder's send time.
/// </summary>
/// <remarks>
/// <para>
/// The to-do's DUE is the reminder date itself (a date value, as the member set it), and its UID is stable per
/// record, so importing a newer file for the same record updates the to-do rather than adding another. The
/// alarm fires at the instant the reminder email is due (<see cref="ReminderSchedule.DueAt"/>), written in UTC
/// so that every calendar rings at the same moment whatever zone it shows. A completed record's to-do is
/// written as completed, without an alarm.
/// </para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class ReminderCalendar
{
    /// <summary>The media type of the files written.</summary>
    public const string MediaType = "text/calendar";

    private const string ProductId = "-//Cpd.Library//CPD reminders//EN";

    private readonly ReminderSchedule _schedule;
    private readonly ReminderMessageComposer _composer;

    /// <summary>Creates a writer of reminder calendars.</summary>
    /// <param name="schedule">When reminders are due; the alarm rings then.</param>
    /// <param name="composer">Gives the link to the record and the domain of the to-do's UID.</param>
    public ReminderCalendar(ReminderSchedule schedule, ReminderMessageComposer composer)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(composer);
        _schedule = schedule;
        _composer = composer;
    }

    /// <summary>Gets the UID of a record's to-do: the same for every file written for that record.</summary>
    /// <param name="recordId">The record.</param>
    /// <returns>The UID, such as <c>cpd-record.0190d4c3-…@portal.example.org</c>.</returns>
    public string UidFor(CpdRecordId recordId) => $"cpd-record.{recordId}@{_composer.MessageIdDomain}";

    /// <summary>Writes the iCalendar file of a record's reminder.</summary>
    /// <param name="record">The record; it must have a reminder date.</param>
    /// <param name="zone">The member's time zone, which places the alarm.</param>
    /// <param name="now">The current instant, written as the to-do's time stamp.</param>
    /// <returns>The file's text, with CRLF line endings as RFC 5545 requires.</returns>
    /// <exception cref="ArgumentException">The record has no reminder date.</exception>
    public string Write(CpdRecord record, DateTimeZone zone, Instant now)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(zone);
        var date = record.ReminderDate
            ?? throw new ArgumentException("The record has no reminder date to put in a calendar.", nameof(record));

        var calendar = new IcalCalendar { ProductId = ProductId };
        calendar.Todos.Add(Todo(record, date, zone, now));
        return new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("The calendar could not be written.");
    }

    private Todo Todo(CpdRecord record, LocalDate date, DateTimeZone zone, Instant now)
    {
        var link = _composer.LinkTo(record.Id);
        var todo = new Todo
        {
            Uid = UidFor(record.Id),
            DtStamp = Utc(now),
            Summary = record.Title,
            Description = $"Complete your CPD record: {record.Title}\n{link.AbsoluteUri}",
            Url = link,
            Due = new CalDateTime(date.Year, date.Month, date.Day),
            Status = StatusOf(record.Status),
        };
        if (record.Status == CpdRecordStatus.Completed)
        {
            return todo;
        }

        todo.Alarms.Add(new Alarm
        {
            Action = Ical.Net.AlarmAction.Display,
            Description = $"Complete your CPD record: {record.Title}",
            Trigger = AbsoluteTrigger(_schedule.DueAt(date, zone)),
        });
        return todo;
    }

    // Ical.Net writes an absolute trigger only when the value type is declared; without it TRIGGER is empty.
    private static Trigger AbsoluteTrigger(Instant at)
    {
        var trigger = new Trigger { DateTime = Utc(at) };
        trigger.SetValueType("DATE-TIME");
        return trigger;
    }

    private static string StatusOf(CpdRecordStatus status) => status switch
    {
        CpdRecordStatus.Completed => "COMPLETED",
        CpdRecordStatus.InProgress => "IN-PROCESS",
        _ => "NEEDS-ACTION",
    };

    private static CalDateTime Utc(Instant instant) => new(instant.ToDateTimeUtc(), CalDateTime.UtcTzId);
}
