using System.Text.Json;
using Cpd.Domain;
using Cpd.Domain.Schemes;
using Cpd.Schemes.Files;

namespace Cpd.Schemes;

/// <summary>
/// Reads a CPD scheme from the JSON file a body writes (format <c>cpd-scheme/1</c>; see docs/schemes.md).
/// </summary>
/// <remarks>
/// Field names are camelCase and matched exactly; an unknown field, an unknown format, a missing field or a
/// rule broken is refused with a <see cref="CpdSchemeException"/> that names each field by its JSON path (such
/// as <c>$.categories[1].minimum</c>) and the rule. Comments are allowed. The reader keeps no state and is
/// safe to use from many threads.
/// </remarks>
public static class SchemeReader
{
    /// <summary>The file format this library reads, the value of a file's <c>format</c> field.</summary>
    public const string Format = "cpd-scheme/1";

    /// <summary>The largest scheme file accepted, in bytes.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Reads a scheme from JSON text.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="sourceName">A name for the file in error messages, such as its file name.</param>
    /// <returns>The checked scheme.</returns>
    /// <exception cref="CpdSchemeException">The file is not a valid scheme; every problem found is listed.</exception>
    public static CpdScheme Read(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        if (System.Text.Encoding.UTF8.GetByteCount(json) > MaxFileBytes)
        {
            throw TooLarge(sourceName);
        }

        return FromFile(Parse(json, sourceName), sourceName);
    }

    /// <summary>Reads a scheme from a stream of UTF-8 JSON.</summary>
    /// <param name="json">The file's bytes, read from the current position; left open.</param>
    /// <param name="sourceName">A name for the file in error messages, such as its file name.</param>
    /// <returns>The checked scheme.</returns>
    /// <exception cref="CpdSchemeException">The file is not a valid scheme; every problem found is listed.</exception>
    public static CpdScheme Read(Stream json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = json.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxFileBytes)
            {
                throw TooLarge(sourceName);
            }
        }

        return FromFile(Parse(buffer.ToArray(), sourceName), sourceName);
    }

    /// <summary>Reads a scheme from a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The checked scheme.</returns>
    /// <exception cref="CpdSchemeException">The file is not a valid scheme; every problem found is listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static CpdScheme ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    private static SchemeFile Parse(string json, string sourceName) =>
        Deserialize(() => JsonSerializer.Deserialize(json, SchemeFileContext.Default.SchemeFile), sourceName);

    private static SchemeFile Parse(byte[] json, string sourceName) =>
        Deserialize(() => JsonSerializer.Deserialize(json, SchemeFileContext.Default.SchemeFile), sourceName);

    private static SchemeFile Deserialize(Func<SchemeFile?> read, string sourceName)
    {
        try
        {
            return read() ?? throw Problem(sourceName, "$", ValidationRule.Required, "must be a JSON object.");
        }
        catch (JsonException exception)
        {
            throw Problem(sourceName, exception.Path ?? "$", ValidationRule.Format, Explain(exception));
        }
    }

    private static CpdScheme FromFile(SchemeFile file, string sourceName)
    {
        var mapper = new SchemeFileMapper();
        var definition = mapper.Map(file);
        if (mapper.Errors.Count > 0)
        {
            throw new CpdSchemeException(sourceName, mapper.Errors);
        }

        try
        {
            return CpdScheme.Create(definition);
        }
        catch (CpdSchemeException exception)
        {
            throw new CpdSchemeException(
                sourceName, exception.Errors.Select(error => error with { Field = "$." + error.Field }));
        }
    }

    private static string Explain(JsonException exception)
    {
        var where = exception.LineNumber is { } line
            ? $" (line {line + 1}, position {exception.BytePositionInLine + 1})"
            : string.Empty;
        return exception.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? $"holds a field that is not part of a scheme file{where}; field names are camelCase and exact."
            : $"is not valid JSON or has a value of the wrong type{where}.";
    }

    private static CpdSchemeException TooLarge(string sourceName) =>
        Problem(sourceName, "$", ValidationRule.MaxLength, $"the file is larger than {MaxFileBytes} bytes.");

    private static CpdSchemeException Problem(string sourceName, string path, ValidationRule rule, string message) =>
        new(sourceName, [new ValidationError(path, rule, message)]);
}
