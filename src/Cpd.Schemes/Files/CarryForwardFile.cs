namespace Cpd.Schemes.Files;

/// <summary>The <c>carryForward</c> object of a scheme file.</summary>
internal sealed class CarryForwardFile
{
    public string? Category { get; set; }

    public decimal? Maximum { get; set; }

    public bool? OnlyIfMinimumTotalMet { get; set; }
}
