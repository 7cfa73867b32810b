namespace Cpd.Schemes.Files;

/// <summary>The <c>exemptions</c> object of a scheme file.</summary>
internal sealed class ExemptionsFile
{
    public int? MinimumDays { get; set; }
}
