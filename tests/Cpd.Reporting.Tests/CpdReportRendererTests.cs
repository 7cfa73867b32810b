using Cpd.Reporting.Tests.Support;
using NodaTime.Testing;

namespace Cpd.Reporting.Tests;

/// <summary>
/// The renderer's tests, split by concern: <c>.Html</c>, <c>.HtmlDocument</c>, <c>.Markdown</c>, <c>.Csv</c>,
/// <c>.Json</c> for each format; <c>.Selection</c> and <c>.Culture</c> for the options; <c>.Templates</c> for
/// supplied templates; <c>.Escaping</c>, <c>.Errors</c>, <c>.Limits</c>, <c>.Golden</c> and <c>.Properties</c>.
/// </summary>
public sealed partial class CpdReportRendererTests
{
    // One renderer for every test: it is meant to be created once and reused.
    private static readonly CpdReportRenderer Renderer = new();

    private readonly FakeClock _clock = TestRecords.NewClock();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string RenderHtml(CpdReport report) =>
        Renderer.Render(report, CpdReportFormat.Html, CpdReportOptions.Default, Token);

    private static Task RenderHtmlAsync(CpdReport report, TextWriter writer, CancellationToken cancellationToken) =>
        Renderer.RenderAsync(report, CpdReportFormat.Html, CpdReportOptions.Default, writer, cancellationToken);

    private static string Render(CpdReport report, CpdReportFormat format, CpdReportOptions? options = null) =>
        Renderer.Render(report, format, options ?? CpdReportOptions.Default, Token);

    private static string Render(
        CpdReportRenderer renderer, CpdReport report, CpdReportFormat format, CpdReportOptions? options = null) =>
        renderer.Render(report, format, options ?? CpdReportOptions.Default, Token);

    /// <summary>A renderer that uses a template supplied as text for its format.</summary>
    private static CpdReportRenderer Supplied(string text, CpdReportFormat format, string name = "supplied") =>
        new([CpdReportTemplate.Parse(text, format, name)]);
}
