using NodaTime;

namespace Cpd.Storage.Postgres;

/// <summary>How domain values are written to columns and read back exactly.</summary>
internal static class PostgresValues
{
    public static object Date(LocalDate? date) => date is { } value ? value.ToDateOnly() : DBNull.Value;

    public static LocalDate? ReadDate(object value) => value is DateOnly date ? LocalDate.FromDateOnly(date) : null;

    // Hours have at most two decimal places, so hundredths sum exactly in SQL.
    public static object Hours(decimal? hours) => hours is { } value ? (int)(value * 100m) : DBNull.Value;

    public static decimal? ReadHours(object value) => value is int centi ? centi / 100m : null;

    // Nanoseconds since 1970 keep every instant a clock gives exactly, from 1678 to 2261; timestamptz keeps
    // only microseconds.
    public static long Instant(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    public static Instant ReadInstant(long nanoseconds) =>
        NodaConstants.UnixEpoch + Duration.FromNanoseconds(nanoseconds);
}
