using NodaTime;

namespace Cpd.Domain.Tests.Support;

/// <summary>A reminder date and send time in a zone, for properties of the reminder schedule.</summary>
public sealed record ScheduleCase(DateTimeZone Zone, LocalDate Date, LocalTime SendAt)
{
    public override string ToString() => $"{Zone.Id} {Date:uuuu-MM-dd} at {SendAt:HH:mm}";
}
