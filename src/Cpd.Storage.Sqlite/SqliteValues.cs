using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Storage.Sqlite;

/// <summary>How domain values are written to columns and read back exactly.</summary>
internal static class SqliteValues
{
    private static readonly JsonWriterOptions ListWriting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Id(CpdRecordId id) => id.Value.ToString("D");

    public static string Id(ObjectiveId id) => id.Value.ToString("D");

    public static CpdRecordId? ReadRecordId(object value) =>
        value is string text ? new CpdRecordId(Guid.Parse(text, CultureInfo.InvariantCulture)) : null;

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

    // A JSON array in one column keeps a save of a record one statement, and SQL can still open it with json_each.
    public static object? Objectives(ObjectiveSet objectives) =>
        objectives.Count == 0 ? null : List(objectives.Select(id => id.ToString()));

    public static ObjectiveSet ReadObjectives(object value) =>
        value is string json
            ? ObjectiveSet.Of(ReadList(json).Select(text => new ObjectiveId(Guid.Parse(text, CultureInfo.InvariantCulture))))
            : ObjectiveSet.None;

    public static string List(IEnumerable<string> items)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ListWriting))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyList<string> ReadList(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(item => item.GetString() ?? throw new FormatException("The list holds a null."))];
    }
}
