using Cpd.Domain;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Cpd.Reporting.Rendering;

/// <summary>Turns the template engine's failures into the library's typed exceptions.</summary>
internal static class TemplateFailures
{
    /// <summary>A fault at a place in the template, with the line and column counted from 1.</summary>
    public static CpdReportTemplateError ErrorAt(SourceSpan span, string message) =>
        new(span.Start.Line + 1, span.Start.Column + 1, message);

    /// <summary>
    /// The exception to throw instead of one raised while rendering, or <see langword="null"/> to let it pass: a
    /// cancellation, a failure of the writer, or an error the library raised on purpose.
    /// </summary>
    public static Exception? Translate(Exception exception, CpdReportTemplate template, CancellationToken cancellation)
    {
        return exception switch
        {
            ScriptAbortException when cancellation.IsCancellationRequested =>
                new OperationCanceledException("The report was cancelled.", exception, cancellation),
            ScriptRuntimeException runtime => new CpdReportTemplateException(
                template.Name, [ErrorAt(runtime.Span, runtime.OriginalMessage)], runtime),
            OperationCanceledException or IOException or ObjectDisposedException or CpdException => null,
            OutOfMemoryException => null,
            _ => new CpdReportException($"The report could not be rendered with '{template.Name}'.", exception),
        };
    }
}
