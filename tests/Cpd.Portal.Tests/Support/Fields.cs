namespace Cpd.Portal.Tests.Support;

/// <summary>Form fields to fill in, by name.</summary>
internal static class Fields
{
    public static Dictionary<string, string> Of(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(field => field.Name, field => field.Value);
}
