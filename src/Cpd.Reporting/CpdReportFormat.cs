namespace Cpd.Reporting;

/// <summary>The kinds of document a report can be rendered as.</summary>
public enum CpdReportFormat
{
    /// <summary>
    /// One self-contained, printable HTML page. Every value a template writes is HTML-encoded by the renderer.
    /// </summary>
    Html,

    /// <summary>
    /// Markdown (CommonMark). Every value a template writes is escaped so that it reads as text, never as markup.
    /// </summary>
    Markdown,

    /// <summary>
    /// CSV as RFC 4180 describes it: one row per record, one column per question, rows ended by CR LF. Every
    /// value a template writes is one whole field, quoted when needed and never readable as a spreadsheet formula.
    /// </summary>
    Csv,

    /// <summary>
    /// JSON holding the full data of the selected records, for a member's own records or another tool. Every
    /// value a template writes is one whole JSON value: a string, number, boolean, <c>null</c>, object or array.
    /// </summary>
    Json,
}
