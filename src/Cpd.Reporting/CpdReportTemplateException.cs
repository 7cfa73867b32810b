namespace Cpd.Reporting;

/// <summary>
/// A report template is at fault: it does not parse, or it failed while rendering (a misspelt name, a loop or
/// recursion past its limit, output past its limit). The message names the template and the line and column of
/// the fault, for the portal developer who wrote the template.
/// </summary>
/// <remarks>
/// The message repeats the template engine's own words, which quote the template's text (a misspelt name, for
/// example). They never quote a member's records, but a portal should still log the message rather than show it
/// to a member.
/// </remarks>
public sealed class CpdReportTemplateException : CpdReportException
{
    /// <summary>Creates the exception for the faults found in one template.</summary>
    /// <param name="templateName">The template's name, such as its file name.</param>
    /// <param name="errors">The faults found; at least one.</param>
    /// <param name="innerException">The template engine's error, if there is one.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public CpdReportTemplateException(
        string templateName, IReadOnlyList<CpdReportTemplateError> errors, Exception? innerException = null)
        : base(Describe(templateName, errors), innerException)
    {
        TemplateName = templateName;
        Errors = errors;
    }

    /// <summary>Gets the name of the template at fault.</summary>
    public string TemplateName { get; }

    /// <summary>Gets the faults found, in the order of the template.</summary>
    public IReadOnlyList<CpdReportTemplateError> Errors { get; }

    /// <summary>Gets the line of the first fault, counted from 1.</summary>
    public int Line => Errors[0].Line;

    /// <summary>Gets the column of the first fault, counted from 1.</summary>
    public int Column => Errors[0].Column;

    private static string Describe(string templateName, IReadOnlyList<CpdReportTemplateError> errors)
    {
        ArgumentNullException.ThrowIfNull(templateName);
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("At least one template error is required.", nameof(errors));
        }

        return $"The report template '{templateName}' is at fault: {string.Join("; ", errors)}";
    }
}
