namespace Cpd.Schemes.Files;

/// <summary>The <c>source</c> object of a scheme file.</summary>
internal sealed class SourceFile
{
    public string? Url { get; set; }

    public string? Title { get; set; }

    public string? Simplifications { get; set; }
}
