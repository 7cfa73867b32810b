using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Import.Csv;

/// <summary>
/// Imports a member's existing CPD log from a CSV file, all or nothing: either every record in the file is
/// valid and all are returned, or a <see cref="CpdImportException"/> lists every problem and none is.
/// </summary>
/// <remarks>
/// <para>
/// The file is RFC 4180 CSV, comma separated, UTF-8 with or without a byte-order mark, with CR LF, LF or CR
/// line endings. Quoted fields may hold commas, doubled quotes and line breaks; empty lines are skipped.
/// The first row is the header: <c>Title</c> (required), then any of <c>Activity date</c>, <c>Category</c>,
/// <c>Hours</c>, <c>Notes</c> and <c>Reminder date</c>, and one column per question key of the framework
/// (see <see cref="CsvLogColumns"/>), in any order, matched without regard to case or surrounding spaces.
/// Columns a log does not have are refused, since a misspelt question column would otherwise lose answers.
/// </para>
/// <para>
/// Dates are <c>yyyy-MM-dd</c> and hours are decimals with a full stop, such as <c>1.5</c>; surrounding
/// spaces are ignored in both. A blank cell means no value, and a blank answer a question not yet answered.
/// Titles and categories are trimmed as the domain stores them; notes and answers are kept exactly as written.
/// A file may hold at most <see cref="CsvImportLimits.MaxRecords"/> records and
/// <see cref="CsvImportLimits.MaxFileBytes"/> bytes.
/// </para>
/// <para>
/// The importer stores nothing: the caller adds the records to its store in one atomic call. Instances
/// hold no state between calls and are safe to share between threads.
/// </para>
/// </remarks>
public sealed class CsvLogImporter
{
    private readonly ReflectionFramework _framework;
    private readonly IClock _clock;

    /// <summary>Creates an importer for logs answered against a framework.</summary>
    /// <param name="framework">
    /// The framework the records are created with; its question keys name the answer columns.
    /// </param>
    /// <param name="clock">The clock that stamps the new records.</param>
    public CsvLogImporter(ReflectionFramework framework, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(clock);
        _framework = framework;
        _clock = clock;
    }

    /// <summary>Reads every record of a CSV log from a stream of UTF-8.</summary>
    /// <param name="csv">The file's bytes, read from the current position to the end; left open.</param>
    /// <param name="memberId">The member who owns the records.</param>
    /// <returns>New records, not started or with the answers the file gives, in the order of the file.</returns>
    /// <exception cref="CpdImportException">The file has problems: all are listed, and nothing is returned.</exception>
    /// <exception cref="ArgumentException"><paramref name="memberId"/> was not initialised.</exception>
    public IReadOnlyList<CpdRecord> Read(Stream csv, MemberId memberId)
    {
        ArgumentNullException.ThrowIfNull(csv);
        CheckMember(memberId);
        var errors = new ImportErrorLog();
        return Import(Utf8Input.Read(csv, errors), memberId, errors);
    }

    /// <summary>Reads every record of a CSV log from text.</summary>
    /// <param name="csv">The file's text, read to the end; left open.</param>
    /// <param name="memberId">The member who owns the records.</param>
    /// <returns>New records, not started or with the answers the file gives, in the order of the file.</returns>
    /// <exception cref="CpdImportException">The file has problems: all are listed, and nothing is returned.</exception>
    /// <exception cref="ArgumentException"><paramref name="memberId"/> was not initialised.</exception>
    public IReadOnlyList<CpdRecord> Read(TextReader csv, MemberId memberId)
    {
        ArgumentNullException.ThrowIfNull(csv);
        CheckMember(memberId);
        var errors = new ImportErrorLog();
        return Import(Utf8Input.Read(csv, errors), memberId, errors);
    }

    /// <summary>
    /// Reads every record of a CSV log from a stream of UTF-8 without blocking on the stream, as a web host
    /// reading an upload needs.
    /// </summary>
    /// <param name="csv">The file's bytes, read from the current position to the end; left open.</param>
    /// <param name="memberId">The member who owns the records.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>New records, not started or with the answers the file gives, in the order of the file.</returns>
    /// <exception cref="CpdImportException">The file has problems: all are listed, and nothing is returned.</exception>
    /// <exception cref="ArgumentException"><paramref name="memberId"/> was not initialised.</exception>
    public async Task<IReadOnlyList<CpdRecord>> ReadAsync(
        Stream csv, MemberId memberId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        CheckMember(memberId);
        var errors = new ImportErrorLog();
        var utf8 = await Utf8Input.ReadAsync(csv, errors, cancellationToken).ConfigureAwait(false);
        return Import(utf8, memberId, errors);
    }

    private static void CheckMember(MemberId memberId)
    {
        if (memberId == default)
        {
            throw new ArgumentException("The member id was not initialised.", nameof(memberId));
        }
    }

    private List<CpdRecord> Import(byte[] utf8, MemberId memberId, ImportErrorLog errors)
    {
        using var reader = CsvLogReader.Open(utf8, errors);
        var header = CsvLogHeader.Map(reader.ReadHeader(), _framework, errors);
        var parser = new LogRowParser(header, _framework, _clock, memberId, errors);
        var records = reader.ReadRows().Select(parser.Parse).OfType<CpdRecord>().ToList();
        errors.ThrowIfAny();
        return records;
    }
}
