using System.Globalization;
using System.Text;
using Cpd.Domain;

namespace Cpd.Import.Csv;

/// <summary>
/// Brings a CSV log into memory as checked UTF-8, within <see cref="CsvImportLimits.MaxFileBytes"/>. The
/// whole file is held anyway, since nothing is imported until every record has been checked.
/// </summary>
internal static class Utf8Input
{
    private const int ChunkSize = 81_920;
    private const int Mebibyte = 1024 * 1024;

    /// <summary>A strict encoding: invalid bytes or broken characters throw instead of being replaced.</summary>
    private static readonly UTF8Encoding Strict =
        new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] Read(Stream csv, ImportErrorLog errors)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = csv.Read(chunk)) > 0)
        {
            Append(buffer, chunk.AsSpan(0, read), errors);
        }

        return Checked(buffer.ToArray(), errors);
    }

    public static async Task<byte[]> ReadAsync(Stream csv, ImportErrorLog errors, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await csv.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            Append(buffer, chunk.AsSpan(0, read), errors);
        }

        return Checked(buffer.ToArray(), errors);
    }

    public static byte[] Read(TextReader csv, ImportErrorLog errors)
    {
        var text = new StringBuilder();
        var chunk = new char[ChunkSize];
        int read;
        while ((read = csv.ReadBlock(chunk)) > 0)
        {
            // Every character takes at least one byte of UTF-8, so this stops reading early enough.
            CheckSize(text.Append(chunk, 0, read).Length, errors);
        }

        var utf8 = Encode(text.ToString(), errors);
        CheckSize(utf8.Length, errors);
        return utf8;
    }

    private static void Append(MemoryStream buffer, ReadOnlySpan<byte> chunk, ImportErrorLog errors)
    {
        buffer.Write(chunk);
        CheckSize(buffer.Length, errors);
    }

    private static void CheckSize(long size, ImportErrorLog errors)
    {
        if (size > CsvImportLimits.MaxFileBytes)
        {
            throw errors.Refuse(new CsvImportError(
                0,
                string.Empty,
                $"The file is larger than {CsvImportLimits.MaxFileBytes / Mebibyte} MiB; split it into smaller files.",
                ValidationRule.MaxLength));
        }
    }

    private static byte[] Checked(byte[] utf8, ImportErrorLog errors)
    {
        try
        {
            _ = Strict.GetCharCount(utf8);
            return utf8;
        }
        catch (DecoderFallbackException invalid)
        {
            var bytes = invalid.BytesUnknown ?? [];
            var shown = string.Join(" ", bytes.Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
            var line = LineBreaks.LineAt(utf8, invalid.Index);
            throw errors.Refuse(NotUtf8(line, $"the byte sequence {shown} is not UTF-8"));
        }
    }

    private static byte[] Encode(string text, ImportErrorLog errors)
    {
        try
        {
            return Strict.GetBytes(text);
        }
        catch (EncoderFallbackException broken)
        {
            var before = Strict.GetBytes(text[..broken.Index]);
            var line = LineBreaks.LineAt(before, before.Length);
            throw errors.Refuse(NotUtf8(line, "a character is broken (a lone surrogate)"));
        }
    }

    private static CsvImportError NotUtf8(int line, string what) =>
        new(
            line,
            string.Empty,
            $"The file is not UTF-8 text: {what}. Save it as CSV UTF-8 and import it again.",
            ValidationRule.InvalidText);
}
