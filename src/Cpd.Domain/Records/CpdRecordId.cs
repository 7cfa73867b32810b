using NodaTime;

namespace Cpd.Domain.Records;

/// <summary>Identifies a CPD record. Ids are unique across members; a store still scopes every look-up by member.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct CpdRecordId(Guid Value)
{
    /// <summary>Creates a new, time-ordered id (a version 7 GUID stamped with the given instant).</summary>
    /// <param name="now">The current instant, from the host's clock.</param>
    /// <returns>A new id.</returns>
    public static CpdRecordId New(Instant now) => new(Guid.CreateVersion7(now.ToDateTimeOffset()));

    /// <summary>Reads an id from its text form.</summary>
    /// <param name="text">A GUID in any of the formats <see cref="Guid.TryParse(string, out Guid)"/> accepts.</param>
    /// <returns>The id.</returns>
    /// <exception cref="CpdValidationException">The text is not a record id.</exception>
    public static CpdRecordId Parse(string? text) =>
        Guid.TryParse(text, out var value) && value != Guid.Empty
            ? new CpdRecordId(value)
            : throw new CpdValidationException(
                new ValidationError("recordId", ValidationRule.Format, $"'{text}' is not a record id."));

    /// <inheritdoc />
    public override string ToString() => Value.ToString("D");
}
