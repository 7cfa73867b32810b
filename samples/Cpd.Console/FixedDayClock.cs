using NodaTime;

namespace Cpd.Console;

/// <summary>A clock that stands still at noon of a chosen day in the member's zone, for reproducible runs.</summary>
internal sealed class FixedDayClock : IClock
{
    private readonly Instant _noon;

    public FixedDayClock(LocalDate day, DateTimeZone zone) =>
        _noon = day.At(new LocalTime(12, 0)).InZoneLeniently(zone).ToInstant();

    public Instant GetCurrentInstant() => _noon;
}
