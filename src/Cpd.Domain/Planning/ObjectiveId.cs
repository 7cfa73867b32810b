using NodaTime;

namespace Cpd.Domain.Planning;

/// <summary>Identifies a development objective in a member's plan.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct ObjectiveId(Guid Value)
{
    /// <summary>Creates a new, time-ordered id (a version 7 GUID stamped with the given instant).</summary>
    /// <param name="now">The current instant, from the host's clock.</param>
    /// <returns>A new id.</returns>
    public static ObjectiveId New(Instant now) => new(Guid.CreateVersion7(now.ToDateTimeOffset()));

    /// <summary>Reads an id from its text form.</summary>
    /// <param name="text">A GUID in any of the formats <see cref="Guid.TryParse(string, out Guid)"/> accepts.</param>
    /// <returns>The id.</returns>
    /// <exception cref="CpdValidationException">The text is not an objective id.</exception>
    public static ObjectiveId Parse(string? text) =>
        Guid.TryParse(text, out var value) && value != Guid.Empty
            ? new ObjectiveId(value)
            : throw new CpdValidationException(
                new ValidationError("objectiveId", ValidationRule.Format, $"'{text}' is not an objective id."));

    /// <inheritdoc />
    public override string ToString() => Value.ToString("D");
}
