namespace Cpd.Domain;

/// <summary>
/// Identifies the member who owns records: the portal's own, stable identifier for the signed-in person.
/// Every store operation is scoped by it.
/// </summary>
public readonly record struct MemberId
{
    /// <summary>The longest member id accepted, in characters.</summary>
    public const int MaxLength = 128;

    private readonly string? _value;

    private MemberId(string value) => _value = value;

    /// <summary>Gets the identifier as the portal gave it.</summary>
    public string Value => _value ?? throw new InvalidOperationException("The member id was not initialised.");

    /// <summary>Checks and wraps a portal's member identifier.</summary>
    /// <param name="value">A non-blank identifier without control characters or surrounding spaces.</param>
    /// <returns>The member id.</returns>
    /// <exception cref="CpdValidationException">The identifier is blank, too long or malformed.</exception>
    public static MemberId From(string? value)
    {
        var error = Check(value);
        return error is null ? new MemberId(value!) : throw new CpdValidationException(error);
    }

    /// <summary>Checks a member identifier without throwing.</summary>
    /// <param name="value">The candidate identifier.</param>
    /// <param name="memberId">The member id when the identifier is valid.</param>
    /// <returns><see langword="true"/> when the identifier is valid.</returns>
    public static bool TryFrom(string? value, out MemberId memberId)
    {
        memberId = Check(value) is null ? new MemberId(value!) : default;
        return memberId._value is not null;
    }

    /// <inheritdoc />
    public override string ToString() => _value ?? string.Empty;

    private static ValidationError? Check(string? value)
    {
        const string Field = "memberId";
        if (string.IsNullOrWhiteSpace(value))
        {
            return new ValidationError(Field, ValidationRule.Required, "A member id is required.");
        }

        if (value.Trim().Length != value.Length)
        {
            return new ValidationError(Field, ValidationRule.Format, "A member id must not start or end with spaces.");
        }

        return TextRules.CheckSingleLine(Field, value, MaxLength);
    }
}
