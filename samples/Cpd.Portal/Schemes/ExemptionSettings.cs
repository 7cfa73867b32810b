namespace Cpd.Portal.Schemes;

/// <summary>A period of career break or part-time work, as configured.</summary>
public sealed class ExemptionSettings
{
    /// <summary>Gets or sets the kind: <c>CareerBreak</c> or <c>PartTime</c>.</summary>
    public string? Kind { get; set; }

    /// <summary>Gets or sets the first day, <c>yyyy-MM-dd</c>.</summary>
    public string? Start { get; set; }

    /// <summary>Gets or sets the last day, <c>yyyy-MM-dd</c>.</summary>
    public string? End { get; set; }

    /// <summary>Gets or sets the share of full time worked, for part-time work, such as 0.6.</summary>
    public decimal WorkingFraction { get; set; }
}
