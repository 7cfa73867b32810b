using System.Globalization;
using Cpd.Domain;
using Cpd.Reporting.Model;
using Cpd.Reporting.Rendering;

namespace Cpd.Reporting;

/// <summary>
/// Renders a <see cref="CpdReport"/> as HTML, Markdown, CSV or JSON, showing the records the
/// <see cref="CpdReportOptions"/> select, with the library's own templates or those a portal supplies to restyle
/// its reports.
/// </summary>
/// <remarks>
/// <para>
/// Member text is made safe for the format by the renderer as it is written, not by the template, so no template
/// can forget it. The template sees only a model of plain values, never the domain objects.
/// </para>
/// <para>
/// A renderer is immutable: create it once with the portal's templates (or none, for the built-in ones) and use it
/// from many threads at once. Each render has its own state.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var renderer = new CpdReportRenderer([CpdReportTemplate.FromFile("branded-report.html", CpdReportFormat.Html)]);
/// var options = CpdReportOptions.Default with { Culture = CultureInfo.GetCultureInfo("en-GB") };
/// string html = renderer.Render(report, CpdReportFormat.Html, options);              // the portal's template
/// await renderer.RenderAsync(report, CpdReportFormat.Csv, options, writer, cancellationToken);   // built-in
/// </code>
/// </example>
public sealed class CpdReportRenderer
{
    private readonly CpdReportTemplate?[] _supplied = new CpdReportTemplate?[Enum.GetValues<CpdReportFormat>().Length];

    /// <summary>Creates a renderer with the built-in template of every format.</summary>
    public CpdReportRenderer()
    {
    }

    /// <summary>Creates a renderer that uses the given templates, each for its format, and the built-in ones for
    /// the other formats.</summary>
    /// <param name="templates">At most one template per format.</param>
    /// <exception cref="ArgumentException"><paramref name="templates"/> is missing, holds a missing template, or
    /// holds two templates for one format.</exception>
    public CpdReportRenderer(IEnumerable<CpdReportTemplate> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        foreach (var template in templates)
        {
            ArgumentNullException.ThrowIfNull(template, nameof(templates));
            if (_supplied[(int)template.Format] is { } other)
            {
                throw new ArgumentException(
                    $"Both '{other.Name}' and '{template.Name}' are {template.Format} templates; give one.",
                    nameof(templates));
            }

            _supplied[(int)template.Format] = template;
        }
    }

    /// <summary>Gets the template this renderer uses for a format.</summary>
    /// <param name="format">The report format.</param>
    /// <returns>The template supplied for the format, or the built-in one.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public CpdReportTemplate TemplateFor(CpdReportFormat format) =>
        Enum.IsDefined(format) && _supplied[(int)format] is { } supplied ? supplied : CpdReportTemplate.BuiltIn(format);

    /// <summary>Renders a report to a string.</summary>
    /// <param name="report">The report to render.</param>
    /// <param name="format">The format to render it in, with <see cref="TemplateFor"/> that format.</param>
    /// <param name="options">Which records to show, and the culture; <see cref="CpdReportOptions.Default"/> for all
    /// records in the invariant culture.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The report, the options, or something the report requires is missing,
    /// or the format is not defined.</exception>
    /// <exception cref="CpdValidationException">The options are invalid; each error names its field.</exception>
    /// <exception cref="CpdReportTemplateException">The template failed: a misspelt name, or a loop, recursion or
    /// output past its limit. The exception says where.</exception>
    /// <exception cref="CpdReportException">A record belongs to another member.</exception>
    /// <exception cref="OperationCanceledException">The render was cancelled.</exception>
    public string Render(
        CpdReport report,
        CpdReportFormat format,
        CpdReportOptions options,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var template = TemplateFor(format);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using var context = Prepare(report, template, options, writer, cancellationToken);
        try
        {
            template.Template.Render(context);
        }
        catch (Exception exception)
            when (TemplateFailures.Translate(exception, template, cancellationToken) is { } failure)
        {
            throw failure;
        }

        return writer.ToString();
    }

    /// <summary>Renders a report to a writer, as it goes, without holding the whole report in memory.</summary>
    /// <param name="report">The report to render.</param>
    /// <param name="format">The format to render it in, with <see cref="TemplateFor"/> that format.</param>
    /// <param name="options">Which records to show, and the culture.</param>
    /// <param name="writer">Where to write the report; it is neither flushed nor closed.</param>
    /// <param name="cancellationToken">Stops the render; what was written so far stays written.</param>
    /// <returns>A task that completes when the report is written.</returns>
    /// <exception cref="ArgumentException">The report, the options, the writer, or something the report requires
    /// is missing, or the format is not defined.</exception>
    /// <exception cref="CpdValidationException">The options are invalid; each error names its field.</exception>
    /// <exception cref="CpdReportTemplateException">The template failed; the exception says where.</exception>
    /// <exception cref="CpdReportException">A record belongs to another member.</exception>
    /// <exception cref="OperationCanceledException">The render was cancelled.</exception>
    public async Task RenderAsync(
        CpdReport report,
        CpdReportFormat format,
        CpdReportOptions options,
        TextWriter writer,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        cancellationToken.ThrowIfCancellationRequested();
        var template = TemplateFor(format);
        using var context = Prepare(report, template, options, writer, cancellationToken);
        try
        {
            await template.Template.RenderAsync(context).ConfigureAwait(false);
        }
        catch (Exception exception)
            when (TemplateFailures.Translate(exception, template, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    private static ReportTemplateContext Prepare(
        CpdReport report,
        CpdReportTemplate template,
        CpdReportOptions options,
        TextWriter writer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ReportChecks.ThrowIfInvalid(report);
        options.ThrowIfInvalid();

        var model = ReportModel.Build(report, options);
        var context = ReportContexts.Create(template.Format, model, options, cancellationToken);
        context.WriteTo(writer);
        return context;
    }
}
