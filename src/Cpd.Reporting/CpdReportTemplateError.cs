namespace Cpd.Reporting;

/// <summary>One fault in a report template: where it is and what is wrong.</summary>
/// <param name="Line">The line of the template, counted from 1.</param>
/// <param name="Column">The column on that line, counted from 1.</param>
/// <param name="Message">What is wrong, in the template engine's words.</param>
public sealed record CpdReportTemplateError(int Line, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"line {Line}, column {Column}: {Message}";
}
