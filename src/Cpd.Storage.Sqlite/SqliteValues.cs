using System.Globalization;
using Cpd.Domain.Records;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Storage.Sqlite;

/// <summary>How domain values are written to columns and read back exactly.</summary>
internal static class SqliteValues
{
    public static string Id(CpdRecordId id) => id.Value.ToString("D");

    public static object? Date(LocalDate? date) => date is { } value ? LocalDatePattern.Iso.Format(value) : null;

    public static LocalDate? ReadDate(object value) =>
        value is string text ? LocalDatePattern.Iso.Parse(text).GetValueOrThrow() : null;

    // Hours have at most two decimal places, so hundredths sum exactly in SQL.
    public static object? Hours(decimal? hours) => hours is { } value ? (long)(value * 100m) : null;

    public static decimal? ReadHours(object value) =>
        value is long centi ? centi / 100m : null;

    // Nanoseconds since 1970 keep every instant a clock gives exactly, from 1678 to 2261.
    public static long Instant(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    public static Instant ReadInstant(object value) =>
        NodaConstants.UnixEpoch + Duration.FromNanoseconds(Convert.ToInt64(value, CultureInfo.InvariantCulture));
}
