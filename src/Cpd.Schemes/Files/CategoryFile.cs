namespace Cpd.Schemes.Files;

/// <summary>One entry of the <c>categories</c> array of a scheme file.</summary>
internal sealed class CategoryFile
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Phrase { get; set; }

    public List<string>? Accepts { get; set; }

    public decimal? Minimum { get; set; }

    public decimal? Maximum { get; set; }
}
