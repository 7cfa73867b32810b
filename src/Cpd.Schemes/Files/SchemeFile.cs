namespace Cpd.Schemes.Files;

/// <summary>The shape of a scheme file, as read; every field is optional here and checked afterwards.</summary>
internal sealed class SchemeFile
{
    public string? Format { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public int? Version { get; set; }

    public SourceFile? Source { get; set; }

    public FrameworkFile? Framework { get; set; }

    public string? Unit { get; set; }

    public EarningFile? Earning { get; set; }

    public CycleFile? Cycle { get; set; }

    public bool? CompletedOnly { get; set; }

    public List<CategoryFile?>? Categories { get; set; }

    public string? OtherCategory { get; set; }

    public RulesFile? Rules { get; set; }

    public CarryForwardFile? CarryForward { get; set; }

    public ExemptionsFile? Exemptions { get; set; }
}
