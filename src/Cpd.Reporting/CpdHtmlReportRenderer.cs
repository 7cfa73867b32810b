using Cpd.Reporting.Model;
using Cpd.Reporting.Rendering;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Cpd.Reporting;

/// <summary>
/// Renders a <see cref="CpdReport"/> as one self-contained HTML page: a summary, then every record with its
/// details and its answers to each reflective question. The page needs no external asset, prints one record
/// per page, and shows every piece of member text exactly as typed.
/// </summary>
/// <remarks>
/// <para>
/// Member text is HTML-encoded by the renderer as it is written, not by the template, so no template can
/// forget it. The template sees only a model of plain values (strings, numbers, booleans, arrays), never the
/// domain objects.
/// </para>
/// <para>
/// The template is parsed once, when the renderer is created. One instance is safe to use from many threads at
/// once: each render has its own state. Create it once and keep it.
/// </para>
/// </remarks>
public sealed class CpdHtmlReportRenderer
{
    private readonly Template _template;

    /// <summary>Creates a renderer with the built-in HTML template.</summary>
    /// <exception cref="CpdReportException">The built-in template is missing or broken.</exception>
    public CpdHtmlReportRenderer()
    {
        _template = ReportTemplate.LoadBuiltIn(ReportTemplate.BuiltInHtml);
    }

    /// <summary>Creates a renderer with another template, for tests of the escaping and the error handling.</summary>
    internal CpdHtmlReportRenderer(string templateText, string templateName)
    {
        _template = ReportTemplate.Parse(templateText, templateName);
    }

    /// <summary>Renders a report to a string.</summary>
    /// <param name="report">The report to render.</param>
    /// <returns>The HTML page.</returns>
    /// <exception cref="ArgumentException">The report, or something it requires, is missing.</exception>
    /// <exception cref="CpdReportException">
    /// A record belongs to another member, or the template failed; the template's error is the inner exception.
    /// </exception>
    public string Render(CpdReport report)
    {
        var context = CreateContext(report, CancellationToken.None);
        try
        {
            return _template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            throw RenderFailed(exception);
        }
    }

    /// <summary>Renders a report to a writer, as it goes, without holding the whole page in memory.</summary>
    /// <param name="report">The report to render.</param>
    /// <param name="writer">Where to write the page; it is neither flushed nor closed.</param>
    /// <param name="cancellationToken">Stops the render; what was written so far stays written.</param>
    /// <returns>A task that completes when the page is written.</returns>
    /// <exception cref="ArgumentException">The report, or something it requires, or the writer is missing.</exception>
    /// <exception cref="CpdReportException">
    /// A record belongs to another member, or the template failed; the template's error is the inner exception.
    /// </exception>
    /// <exception cref="OperationCanceledException">The render was cancelled.</exception>
    public async Task RenderAsync(CpdReport report, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        cancellationToken.ThrowIfCancellationRequested();

        var context = CreateContext(report, cancellationToken);
        context.PushOutput(new TextWriterOutput(writer));
        try
        {
            await _template.RenderAsync(context).ConfigureAwait(false);
        }
        catch (ScriptAbortException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (ScriptRuntimeException exception)
        {
            throw RenderFailed(exception);
        }
    }

    private static HtmlEncodingTemplateContext CreateContext(CpdReport report, CancellationToken cancellationToken)
    {
        ReportChecks.ThrowIfInvalid(report);
        return new HtmlEncodingTemplateContext(
            ReportModel.Build(report), ReportModel.Iterations(report), cancellationToken);
    }

    private static CpdReportException RenderFailed(ScriptRuntimeException exception) =>
        new("The CPD report could not be rendered; the template's error is the inner exception.", exception);
}
