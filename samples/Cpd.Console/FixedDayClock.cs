using NodaTime;

namespace Cpd.Console;

/// <summary>
/// A clock on a chosen day in the member's zone, for reproducible runs. It keeps the real time of day, so
/// objectives and records created one after another on that day keep the order they were created in.
/// </summary>
internal sealed class FixedDayClock : IClock
{
    private static readonly LocalTime Noon = new(12, 0);

    private readonly LocalDate _day;
    private readonly DateTimeZone _zone;
    private readonly IClock _clock;

    public FixedDayClock(LocalDate day, DateTimeZone zone, IClock clock)
    {
        _day = day;
        _zone = zone;
        _clock = clock;
    }

    public Instant GetCurrentInstant()
    {
        var timeOfDay = _clock.GetCurrentInstant().InZone(_zone).TimeOfDay;
        var now = _day.At(timeOfDay).InZoneLeniently(_zone);

        // A time skipped by a change of offset late in the evening can move into the next day; noon never does.
        return now.Date == _day ? now.ToInstant() : _day.At(Noon).InZoneLeniently(_zone).ToInstant();
    }
}
