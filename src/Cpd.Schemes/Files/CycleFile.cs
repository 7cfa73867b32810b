namespace Cpd.Schemes.Files;

/// <summary>The <c>cycle</c> object of a scheme file.</summary>
internal sealed class CycleFile
{
    public int? LengthMonths { get; set; }

    public string? Anchor { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }
}
