using Cpd.Reporting.Rendering;
using Scriban;
using Scriban.Parsing;

namespace Cpd.Reporting;

/// <summary>
/// A parsed Scriban template for one report format: one of the built-in templates, or one a portal supplies to
/// restyle its reports. Parse it once and keep it, or let <see cref="Parse"/> and <see cref="FromFile"/> keep it.
/// </summary>
/// <remarks>
/// <para>
/// A template sees only the report model: <c>report</c> (the member, dates, the selection and the question
/// columns), <c>summary</c> (counts and hours of the selected records) and <c>records</c>, built from strings,
/// numbers, booleans, objects and arrays; never a .NET object of the library or the portal. The library's
/// README lists every name. A name that the model lacks (a misspelt member, for instance) is an error with its
/// line and column, never a silent blank.
/// </para>
/// <para>
/// Every value a template writes through <c>{{ }}</c> is made safe for the template's format by the renderer:
/// HTML-encoded, Markdown-escaped, one whole CSV field, or one whole JSON value. A template therefore writes member
/// text as it is (it must not call <c>html.escape</c>, which would encode twice) and writes the format's structure
/// (tags, separators, braces) as its own literal text.
/// </para>
/// <para>
/// <see cref="Parse"/> and <see cref="FromFile"/> keep the last <see cref="CacheCapacity"/> templates of each kind,
/// so supplying the same text, or the same unchanged file, again returns the template already parsed. A template is
/// immutable and safe to use from many threads at once.
/// </para>
/// </remarks>
public sealed class CpdReportTemplate
{
    /// <summary>How many supplied templates of each kind (text, file) are kept parsed.</summary>
    public const int CacheCapacity = 64;

    private static readonly TemplateCache<(CpdReportFormat Format, string Name, string Text)> TextCache =
        new(CacheCapacity);

    private static readonly TemplateCache<(CpdReportFormat Format, string Path, DateTime Written, long Length)>
        FileCache = new(CacheCapacity);

    private static readonly Lazy<CpdReportTemplate>[] BuiltIns =
    [
        .. Enum.GetValues<CpdReportFormat>().Select(format => new Lazy<CpdReportTemplate>(() => LoadBuiltIn(format))),
    ];

    private CpdReportTemplate(Template template, CpdReportFormat format, string name, bool isBuiltIn)
    {
        Template = template;
        Format = format;
        Name = name;
        IsBuiltIn = isBuiltIn;
    }

    /// <summary>Gets the format the template writes; it decides how every value is made safe.</summary>
    public CpdReportFormat Format { get; }

    /// <summary>Gets the template's name, used in error messages: the file name, or the name given to
    /// <see cref="Parse"/>.</summary>
    public string Name { get; }

    /// <summary>Gets whether this is one of the library's own templates.</summary>
    public bool IsBuiltIn { get; }

    internal Template Template { get; }

    /// <summary>Gets the library's own template for a format.</summary>
    /// <param name="format">The report format.</param>
    /// <returns>The built-in template, parsed on first use and kept.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static CpdReportTemplate BuiltIn(CpdReportFormat format) =>
        Enum.IsDefined(format)
            ? BuiltIns[(int)format].Value
            : throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");

    /// <summary>Parses a template a portal supplies as text, or returns the same template parsed before.</summary>
    /// <param name="text">The Scriban template.</param>
    /// <param name="format">The format it writes.</param>
    /// <param name="name">A name for error messages, such as <c>portal-report.html</c>.</param>
    /// <returns>The parsed template.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> or <paramref name="name"/> is missing, or
    /// <paramref name="format"/> is not a defined format.</exception>
    /// <exception cref="CpdReportTemplateException">The template does not parse; the exception has each fault's
    /// line and column.</exception>
    public static CpdReportTemplate Parse(string text, CpdReportFormat format, string name = "supplied template")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ThrowIfUndefined(format);
        return TextCache.GetOrAdd((format, name, text), key => ParseNew(key.Text, key.Format, key.Name));
    }

    /// <summary>
    /// Reads and parses a template file (UTF-8), or returns the same template parsed before if the file has not
    /// changed since.
    /// </summary>
    /// <param name="path">The template file.</param>
    /// <param name="format">The format it writes.</param>
    /// <returns>The parsed template, named after the file.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is missing, or <paramref name="format"/> is not
    /// a defined format.</exception>
    /// <exception cref="CpdReportException">The file cannot be read.</exception>
    /// <exception cref="CpdReportTemplateException">The template does not parse.</exception>
    public static CpdReportTemplate FromFile(string path, CpdReportFormat format)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ThrowIfUndefined(format);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new CpdReportException($"The report template file '{path}' does not exist.");
        }

        return FileCache.GetOrAdd(
            (format, file.FullName, file.LastWriteTimeUtc, file.Length),
            key => ParseNew(ReadFile(key.Path), key.Format, file.Name));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Format})";

    private static CpdReportTemplate ParseNew(string text, CpdReportFormat format, string name, bool builtIn = false)
    {
        var template = Template.Parse(text, name);
        if (!template.HasErrors)
        {
            return new CpdReportTemplate(template, format, name, builtIn);
        }

        var errors = template.Messages
            .Where(message => message.Type == ParserMessageType.Error)
            .Select(message => TemplateFailures.ErrorAt(message.Span, message.Message))
            .ToList();
        throw new CpdReportTemplateException(name, errors);
    }

    private static CpdReportTemplate LoadBuiltIn(CpdReportFormat format)
    {
        var resource = $"Cpd.Reporting.Templates.CpdReport.{BuiltInExtension(format)}";
        using var stream = typeof(CpdReportTemplate).Assembly.GetManifestResourceStream(resource)
            ?? throw new CpdReportException($"The report template '{resource}' is missing from the library.");
        using var reader = new StreamReader(stream);
        return ParseNew(reader.ReadToEnd(), format, $"built-in {format} report", builtIn: true);
    }

    private static string BuiltInExtension(CpdReportFormat format) => format switch
    {
        CpdReportFormat.Html => "scriban-html",
        CpdReportFormat.Markdown => "scriban-md",
        CpdReportFormat.Csv => "scriban-csv",
        _ => "scriban-json",
    };

    private static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CpdReportException($"The report template file '{path}' cannot be read.", exception);
        }
    }

    private static void ThrowIfUndefined(CpdReportFormat format)
    {
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
        }
    }
}
