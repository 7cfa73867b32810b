namespace Cpd.Domain.Schemes;

/// <summary>
/// A scheme definition was refused. Each <see cref="ValidationError"/> names the field (as a path in the
/// scheme file, such as <c>categories[1].minimum</c>) and the rule it broke.
/// </summary>
public sealed class CpdSchemeException : CpdException
{
    /// <summary>Creates the exception for one or more problems.</summary>
    /// <param name="schemeId">The scheme's id, or a file name, or <see langword="null"/> when unknown.</param>
    /// <param name="errors">The problems found; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public CpdSchemeException(string? schemeId, IEnumerable<ValidationError> errors)
        : this(schemeId, errors?.ToArray() ?? throw new ArgumentNullException(nameof(errors)))
    {
    }

    private CpdSchemeException(string? schemeId, ValidationError[] errors)
        : base(Describe(schemeId, errors))
    {
        SchemeId = schemeId;
        Errors = errors;
    }

    /// <summary>Gets the scheme's id or file name, when known.</summary>
    public string? SchemeId { get; }

    /// <summary>Gets the problems found, in the order the fields were checked.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    private static string Describe(string? schemeId, ValidationError[] errors)
    {
        if (errors.Length == 0)
        {
            throw new ArgumentException("At least one error is required.", nameof(errors));
        }

        var subject = schemeId is null ? "The scheme" : $"The scheme '{schemeId}'";
        return $"{subject} is not valid: {string.Join("; ", errors.Select(error => error.ToString()))}";
    }
}
