namespace Cpd.Domain;

/// <summary>
/// Input was refused. Each <see cref="ValidationError"/> names the field and the rule it broke; nothing
/// was changed.
/// </summary>
public sealed class CpdValidationException : CpdException
{
    /// <summary>Creates the exception for one or more problems.</summary>
    /// <param name="errors">The problems found; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public CpdValidationException(IEnumerable<ValidationError> errors)
        : this(errors?.ToArray() ?? throw new ArgumentNullException(nameof(errors)))
    {
    }

    /// <summary>Creates the exception for a single problem.</summary>
    /// <param name="error">The problem found.</param>
    public CpdValidationException(ValidationError error)
        : this([error])
    {
    }

    private CpdValidationException(ValidationError[] errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Gets the problems found, in the order the fields were checked.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    private static string Describe(ValidationError[] errors)
    {
        if (errors.Length == 0)
        {
            throw new ArgumentException("At least one validation error is required.", nameof(errors));
        }

        return string.Join("; ", errors.Select(error => error.ToString()));
    }
}
