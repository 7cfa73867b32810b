namespace Cpd.Schemes.Files;

/// <summary>The <c>framework</c> object of a scheme file.</summary>
internal sealed class FrameworkFile
{
    public string? Id { get; set; }

    public int? Version { get; set; }
}
