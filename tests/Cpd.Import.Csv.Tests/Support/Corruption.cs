namespace Cpd.Import.Csv.Tests.Support;

/// <summary>One way to make a record of a log invalid, and the column its problems are reported under.</summary>
public sealed record Corruption(string Name, Func<string[], string[]> Apply, string Column)
{
    public override string ToString() => Name;
}
