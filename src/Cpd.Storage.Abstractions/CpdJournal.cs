using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Storage;

/// <summary>
/// A member's CPD journal: the commands of the member's journey, applied through any
/// <see cref="ICpdRecordStore"/> so that nothing a member typed is lost.
/// </summary>
/// <remarks>
/// <para>
/// Each command reads the record, applies the domain rule and writes it back against the version it read.
/// When another sitting wrote in between, the command is applied again to the fresh record, up to
/// <see cref="MaxAttempts"/> times. Because answers and details each carry their own revision, a save of
/// one answer never loses another answer saved meanwhile, and an answer changed meanwhile is reported as a
/// <see cref="CpdAnswerConflictException"/>, never overwritten.
/// </para>
/// <para>Safe to use from several threads at once, as long as the store is.</para>
/// </remarks>
public sealed class CpdJournal
{
    /// <summary>How many times a command is applied before a run of concurrent writes is reported as a conflict.</summary>
    public const int MaxAttempts = 8;

    private readonly ICpdRecordStore _store;
    private readonly IClock _clock;
    private readonly ReflectionFrameworkCatalog _frameworks;

    /// <summary>Creates a journal over a store.</summary>
    /// <param name="store">Where records are kept.</param>
    /// <param name="clock">The clock that stamps every change.</param>
    /// <param name="frameworks">The frameworks; new records use its current one. Defaults to the seven questions.</param>
    public CpdJournal(ICpdRecordStore store, IClock clock, ReflectionFrameworkCatalog? frameworks = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        _store = store;
        _clock = clock;
        _frameworks = frameworks ?? ReflectionFrameworkCatalog.Default;
    }

    /// <summary>Gets the framework new records are created with.</summary>
    public ReflectionFramework CurrentFramework => _frameworks.Current;

    /// <summary>Adds a record for an activity, with no answers yet.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="details">The title and optional details.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>The stored record.</returns>
    /// <exception cref="CpdValidationException">A field is invalid; nothing was stored.</exception>
    /// <exception cref="CpdStoreException">The store failed; nothing was stored.</exception>
    public async Task<CpdRecord> AddRecordAsync(
        MemberId memberId, CpdRecordDetails details, CancellationToken cancellationToken = default)
    {
        var now = _clock.GetCurrentInstant();
        var record = CpdRecord.Create(CpdRecordId.New(now), memberId, _frameworks.Current, details, _clock);
        await _store.AddAsync([record], cancellationToken).ConfigureAwait(false);
        return record;
    }

    /// <summary>
    /// Adds records built elsewhere, such as by an import, all or none: when any cannot be stored, none is.
    /// </summary>
    /// <param name="memberId">The member; every record must be theirs.</param>
    /// <param name="records">The new records.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>A task that completes when every record is stored.</returns>
    /// <exception cref="ArgumentException">A record belongs to another member.</exception>
    /// <exception cref="CpdConflictException">A record id already exists; nothing was stored.</exception>
    public Task ImportRecordsAsync(
        MemberId memberId, IReadOnlyCollection<CpdRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.FirstOrDefault(record => record.MemberId != memberId) is { } stranger)
        {
            throw new ArgumentException($"Record {stranger.Id} belongs to another member.", nameof(records));
        }

        return _store.AddAsync(records, cancellationToken);
    }

    /// <summary>Gets one of the member's records.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="id">The record id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record.</returns>
    /// <exception cref="CpdRecordNotFoundException">The member has no such record.</exception>
    public async Task<CpdRecord> GetRecordAsync(
        MemberId memberId, CpdRecordId id, CancellationToken cancellationToken = default) =>
        await _store.FindAsync(memberId, id, cancellationToken).ConfigureAwait(false)
        ?? throw new CpdRecordNotFoundException(id);

    /// <summary>Lists the member's records in <see cref="CpdRecordOrder"/>.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The records.</returns>
    public Task<IReadOnlyList<CpdRecord>> ListRecordsAsync(MemberId memberId, CancellationToken cancellationToken = default) =>
        _store.ListAsync(memberId, cancellationToken);

    /// <summary>Summarises the member's records on the member's own calendar, today.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="zone">The member's time zone.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The summary.</returns>
    public Task<CpdSummary> GetSummaryAsync(
        MemberId memberId, DateTimeZone zone, CancellationToken cancellationToken = default) =>
        _store.SummarizeAsync(memberId, MemberTimeZone.Today(_clock, zone), cancellationToken);

    /// <summary>Saves the member's answer to one question; see <see cref="CpdRecord.SaveAnswer"/>.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="id">The record id.</param>
    /// <param name="questionKey">The question's key.</param>
    /// <param name="text">The answer, exactly as typed.</param>
    /// <param name="expectedRevision">The answer revision the member started from, or <see cref="CpdRecord.NoRevision"/>.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>The stored record.</returns>
    /// <exception cref="CpdValidationException">The key or text is invalid; nothing changed.</exception>
    /// <exception cref="CpdAnswerConflictException">The answer was changed meanwhile elsewhere; nothing changed.</exception>
    /// <exception cref="CpdRecordNotFoundException">The member has no such record.</exception>
    /// <exception cref="CpdConcurrencyException">
    /// Other sittings wrote to the record <see cref="MaxAttempts"/> times in a row while this command was applied.
    /// </exception>
    public Task<CpdRecord> SaveAnswerAsync(
        MemberId memberId,
        CpdRecordId id,
        string questionKey,
        string text,
        long expectedRevision,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(memberId, id, record => record.SaveAnswer(questionKey, text, expectedRevision, _clock), cancellationToken);

    /// <summary>Clears the member's answer to one question; see <see cref="CpdRecord.ClearAnswer"/>.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="id">The record id.</param>
    /// <param name="questionKey">The question's key.</param>
    /// <param name="expectedRevision">The answer revision the member saw.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>The stored record.</returns>
    /// <exception cref="CpdLifecycleException">The question has no saved answer; nothing changed.</exception>
    /// <exception cref="CpdAnswerConflictException">The answer was changed meanwhile elsewhere; nothing changed.</exception>
    /// <exception cref="CpdRecordNotFoundException">The member has no such record.</exception>
    /// <exception cref="CpdConcurrencyException">
    /// Other sittings wrote to the record <see cref="MaxAttempts"/> times in a row while this command was applied.
    /// </exception>
    public Task<CpdRecord> ClearAnswerAsync(
        MemberId memberId,
        CpdRecordId id,
        string questionKey,
        long expectedRevision,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(memberId, id, record => record.ClearAnswer(questionKey, expectedRevision, _clock), cancellationToken);

    /// <summary>Changes the record's details; see <see cref="CpdRecord.ChangeDetails"/>.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="id">The record id.</param>
    /// <param name="details">The details as the member wants them now.</param>
    /// <param name="expectedRevision">The details revision the member started from.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>The stored record.</returns>
    /// <exception cref="CpdValidationException">A field is invalid; nothing changed.</exception>
    /// <exception cref="CpdDetailsConflictException">The details were changed meanwhile elsewhere; nothing changed.</exception>
    /// <exception cref="CpdRecordNotFoundException">The member has no such record.</exception>
    /// <exception cref="CpdConcurrencyException">
    /// Other sittings wrote to the record <see cref="MaxAttempts"/> times in a row while this command was applied.
    /// </exception>
    public Task<CpdRecord> ChangeDetailsAsync(
        MemberId memberId,
        CpdRecordId id,
        CpdRecordDetails details,
        long expectedRevision,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(memberId, id, record => record.ChangeDetails(details, expectedRevision, _clock), cancellationToken);

    /// <summary>Deletes one of the member's records, if it is still at the version the member saw.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="id">The record id.</param>
    /// <param name="expectedVersion">The record version the member saw when they chose to delete it.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>A task that completes when the record is deleted.</returns>
    /// <exception cref="CpdConcurrencyException">The record changed since; it was not deleted.</exception>
    /// <exception cref="CpdRecordNotFoundException">The member has no such record.</exception>
    public Task DeleteRecordAsync(
        MemberId memberId, CpdRecordId id, long expectedVersion, CancellationToken cancellationToken = default) =>
        _store.DeleteAsync(memberId, id, expectedVersion, cancellationToken);

    private async Task<CpdRecord> ChangeAsync(
        MemberId memberId, CpdRecordId id, Func<CpdRecord, CpdRecord> command, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await GetRecordAsync(memberId, id, cancellationToken).ConfigureAwait(false);
            var changed = command(current);
            if (ReferenceEquals(changed, current))
            {
                return current;
            }

            try
            {
                await _store.UpdateAsync(changed, current.Version, cancellationToken).ConfigureAwait(false);
                return changed;
            }
            catch (CpdConcurrencyException) when (attempt < MaxAttempts)
            {
                // Another sitting wrote first: apply the command again to what it stored.
            }
        }
    }
}
