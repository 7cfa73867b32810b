namespace Cpd.Portal.Reports;

/// <summary>The formats a member can download their report in.</summary>
public enum ReportFormat
{
    /// <summary>A self-contained HTML page, from Cpd.Reporting.</summary>
    Html,

    /// <summary>A CSV file, one row per record and one column per question.</summary>
    Csv,

    /// <summary>A Markdown document.</summary>
    Markdown,

    /// <summary>A JSON document, for other programs.</summary>
    Json,
}
