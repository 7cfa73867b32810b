using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Domain.Reminders;
using Cpd.Storage.Reminders;
using NodaTime;

namespace Cpd.Storage.Json;

/// <summary>
/// A store that keeps every record, reminder and development plan in one JSON file. Each change is written to a temporary file, flushed to
/// disk and renamed over the old file, so a crash leaves the old or the new content whole. Writers in this
/// and other processes take turns through a lock file. A file it cannot read is refused, never overwritten.
/// </summary>
/// <remarks>
/// Every call reads the whole file, so the store suits a small portal, a prototype or a single member's
/// log; see docs/known-limitations.md. Safe to use from several threads and processes at once.
/// </remarks>
public sealed partial class JsonFileCpdRecordStore : ICpdRecordStore, ICpdReminderStore
{
    private readonly JsonStoreFile _file;

    /// <summary>Creates a store over a file in a data folder.</summary>
    /// <param name="options">Where the file is and how long to wait for other writers.</param>
    /// <param name="frameworks">The frameworks stored records may refer to; defaults to the seven questions.</param>
    public JsonFileCpdRecordStore(JsonFileStoreOptions options, ReflectionFrameworkCatalog? frameworks = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataDirectory);
        _file = new JsonStoreFile(options, frameworks ?? ReflectionFrameworkCatalog.Default);
    }

    /// <summary>Gets the full path of the store file.</summary>
    public string FilePath => _file.Path;

    /// <inheritdoc />
    public Task AddAsync(IReadOnlyCollection<CpdRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return _file.ChangeAsync(set => set.Add(records), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<CpdRecord?> FindAsync(
        MemberId memberId, CpdRecordId id, CancellationToken cancellationToken = default) =>
        (await _file.ReadAsync(cancellationToken).ConfigureAwait(false)).Find(memberId, id);

    /// <inheritdoc />
    public async Task<IReadOnlyList<CpdRecord>> ListAsync(
        MemberId memberId, CancellationToken cancellationToken = default) =>
        (await _file.ReadAsync(cancellationToken).ConfigureAwait(false)).List(memberId);

    /// <inheritdoc />
    public Task UpdateAsync(CpdRecord record, long expectedVersion, CancellationToken cancellationToken = default) =>
        _file.ChangeAsync(set => set.Update(record, expectedVersion), cancellationToken);

    /// <inheritdoc />
    public Task DeleteAsync(
        MemberId memberId, CpdRecordId id, long expectedVersion, CancellationToken cancellationToken = default) =>
        _file.ChangeAsync(set => set.Delete(memberId, id, expectedVersion), cancellationToken);

    /// <inheritdoc />
    public async Task<CpdSummary> SummarizeAsync(
        MemberId memberId, LocalDate memberToday, CancellationToken cancellationToken = default) =>
        (await _file.ReadAsync(cancellationToken).ConfigureAwait(false)).Summarize(memberId, memberToday);

    /// <inheritdoc />
    public async Task<IReadOnlyList<DueReminder>> FindDueRemindersAsync(
        LocalDate latestReminderDate, int limit, CancellationToken cancellationToken = default)
    {
        var state = await _file.ReadStateAsync(cancellationToken).ConfigureAwait(false);
        return state.Records.FindDueReminders(latestReminderDate, state.Reminders.IsSent, limit);
    }

    /// <inheritdoc />
    public async Task<ReminderClaim?> TryClaimReminderAsync(
        ReminderKey key, string dispatcherId, Instant now, Duration lease, CancellationToken cancellationToken = default)
    {
        ReminderClaim? claim = null;
        await _file.ChangeStateAsync(
            state => state with { Reminders = state.Reminders.TryClaim(key, dispatcherId, now, lease, out claim) },
            cancellationToken).ConfigureAwait(false);
        return claim;
    }

    /// <inheritdoc />
    public Task RecordReminderSentAsync(ReminderClaim claim, Instant sentAt, CancellationToken cancellationToken = default) =>
        _file.ChangeStateAsync(state => state with { Reminders = state.Reminders.RecordSent(claim, sentAt) }, cancellationToken);

    /// <inheritdoc />
    public Task ReleaseReminderClaimAsync(ReminderClaim claim, Instant retryAt, CancellationToken cancellationToken = default) =>
        _file.ChangeStateAsync(state => state with { Reminders = state.Reminders.Release(claim, retryAt) }, cancellationToken);

    /// <summary>Reads the whole file and checks every record, as a health check at start-up.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many records the file holds.</returns>
    /// <exception cref="CpdStoreException">The file cannot be read or holds damaged records.</exception>
    public async Task<int> VerifyAsync(CancellationToken cancellationToken = default) =>
        (await _file.ReadAsync(cancellationToken).ConfigureAwait(false)).Count;
}
