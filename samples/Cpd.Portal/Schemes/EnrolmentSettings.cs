namespace Cpd.Portal.Schemes;

/// <summary>One member's enrolment in one scheme, as configured.</summary>
public sealed class EnrolmentSettings
{
    /// <summary>Gets or sets the scheme id, one of the configured schemes.</summary>
    public string? Scheme { get; set; }

    /// <summary>
    /// Gets or sets the registration date, <c>yyyy-MM-dd</c>; optional unless the scheme's cycle needs it.
    /// </summary>
    public string? Registered { get; set; }

    /// <summary>Gets or sets the periods of career break or part-time work that reduce the minimums.</summary>
    public List<ExemptionSettings> Exemptions { get; set; } = [];
}
