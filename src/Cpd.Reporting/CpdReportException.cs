using Cpd.Domain;

namespace Cpd.Reporting;

/// <summary>
/// A report could not be produced: its template is broken, it failed while rendering, or the report asked for
/// something it must not show. The template engine's own error is kept as the inner exception for the host's
/// logs. A fault of the template itself is the derived <see cref="CpdReportTemplateException"/>, which says
/// where in the template it is.
/// </summary>
public class CpdReportException : CpdException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What could not be done.</param>
    public CpdReportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the failure that caused it.</summary>
    /// <param name="message">What could not be done.</param>
    /// <param name="innerException">The underlying failure, kept for diagnostics.</param>
    public CpdReportException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
