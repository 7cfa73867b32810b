using Scriban;

namespace Cpd.Reporting.Rendering;

/// <summary>Loads and parses report templates, turning template errors into <see cref="CpdReportException"/>.</summary>
internal static class ReportTemplate
{
    /// <summary>The manifest name of the built-in HTML report template.</summary>
    public const string BuiltInHtml = "Cpd.Reporting.Templates.CpdReport.scriban-html";

    public static Template LoadBuiltIn(string resourceName)
    {
        using var stream = typeof(ReportTemplate).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new CpdReportException($"The report template '{resourceName}' is missing from the library.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), resourceName);
    }

    public static Template Parse(string text, string name)
    {
        var template = Template.Parse(text, name);
        if (template.HasErrors)
        {
            throw new CpdReportException(
                $"The report template '{name}' has errors: {string.Join("; ", template.Messages)}");
        }

        return template;
    }
}
