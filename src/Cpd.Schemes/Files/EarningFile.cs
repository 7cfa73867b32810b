namespace Cpd.Schemes.Files;

/// <summary>The <c>earning</c> object of a scheme file.</summary>
internal sealed class EarningFile
{
    public string? Per { get; set; }

    public decimal? Rate { get; set; }
}
