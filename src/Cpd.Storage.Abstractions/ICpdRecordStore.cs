using Cpd.Domain;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Storage;

/// <summary>
/// Keeps members' CPD records. Every implementation makes the same promises, checked by the conformance
/// suite:
/// <list type="bullet">
/// <item>Member scoping: a member never reads or changes another member's record; another member's record
/// id behaves exactly as an id that does not exist.</item>
/// <item>Optimistic concurrency: a write names the version it was based on, and a write against any other
/// version is refused with <see cref="CpdConcurrencyException"/> and changes nothing.</item>
/// <item>Atomicity: each call takes effect whole or not at all, even if the process dies during it.</item>
/// <item>Exactness: every string comes back exactly as stored; provider errors surface only as
/// <see cref="CpdStoreException"/>.</item>
/// </list>
/// </summary>
/// <remarks>Implementations are safe to use from several threads at once.</remarks>
public interface ICpdRecordStore
{
    /// <summary>Adds new records, all or none.</summary>
    /// <param name="records">The records to add; their ids must not exist in the store.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>A task that completes when the records are stored durably.</returns>
    /// <exception cref="CpdConflictException">A record with one of the ids already exists; none was added.</exception>
    /// <exception cref="CpdStoreException">The store could not be read or written.</exception>
    Task AddAsync(IReadOnlyCollection<CpdRecord> records, CancellationToken cancellationToken = default);

    /// <summary>Finds one of a member's records.</summary>
    /// <param name="memberId">The member asking.</param>
    /// <param name="id">The record id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or <see langword="null"/> when the member has no record with that id.</returns>
    /// <exception cref="CpdStoreException">The store could not be read.</exception>
    Task<CpdRecord?> FindAsync(MemberId memberId, CpdRecordId id, CancellationToken cancellationToken = default);

    /// <summary>Lists a member's records in <see cref="CpdRecordOrder"/>.</summary>
    /// <param name="memberId">The member asking.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The member's records; empty when there are none.</returns>
    /// <exception cref="CpdStoreException">The store could not be read.</exception>
    Task<IReadOnlyList<CpdRecord>> ListAsync(MemberId memberId, CancellationToken cancellationToken = default);

    /// <summary>Replaces a stored record with a changed one, if it is still at the expected version.</summary>
    /// <param name="record">The changed record; its member must own the stored one.</param>
    /// <param name="expectedVersion">The version the change was based on; lower than the record's version.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>A task that completes when the change is stored durably.</returns>
    /// <exception cref="CpdRecordNotFoundException">The member has no record with that id.</exception>
    /// <exception cref="CpdConcurrencyException">The stored record is at another version; nothing changed.</exception>
    /// <exception cref="CpdStoreException">The store could not be read or written.</exception>
    Task UpdateAsync(CpdRecord record, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Deletes one of a member's records, if it is still at the expected version.</summary>
    /// <param name="memberId">The member asking.</param>
    /// <param name="id">The record id.</param>
    /// <param name="expectedVersion">The version the member saw when they chose to delete it.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>A task that completes when the deletion is stored durably.</returns>
    /// <exception cref="CpdRecordNotFoundException">The member has no record with that id.</exception>
    /// <exception cref="CpdConcurrencyException">The stored record is at another version; nothing changed.</exception>
    /// <exception cref="CpdStoreException">The store could not be read or written.</exception>
    Task DeleteAsync(MemberId memberId, CpdRecordId id, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Summarises a member's records on the member's date.</summary>
    /// <param name="memberId">The member asking.</param>
    /// <param name="memberToday">Today on the member's own calendar, which decides what is overdue.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The summary; <see cref="CpdSummary.Empty"/> for a member with no records.</returns>
    /// <exception cref="CpdStoreException">The store could not be read.</exception>
    Task<CpdSummary> SummarizeAsync(MemberId memberId, LocalDate memberToday, CancellationToken cancellationToken = default);
}
