using System.Collections.Immutable;
using Cpd.Domain;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Storage;

/// <summary>
/// An immutable set of records that enforces the store contract: member scoping, expected versions and
/// unique ids. Each change returns a new set, so a store can persist or publish it whole, or drop it on
/// failure. A building block for stores that keep records in memory or in one document.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class CpdRecordSet
{
    private readonly ImmutableDictionary<CpdRecordId, CpdRecord> _records;

    private CpdRecordSet(ImmutableDictionary<CpdRecordId, CpdRecord> records) => _records = records;

    /// <summary>Gets the set with no records.</summary>
    public static CpdRecordSet Empty { get; } = new(ImmutableDictionary<CpdRecordId, CpdRecord>.Empty);

    /// <summary>Gets every record of every member, in no particular order.</summary>
    public IEnumerable<CpdRecord> All => _records.Values;

    /// <summary>Gets how many records the set holds.</summary>
    public int Count => _records.Count;

    /// <summary>Builds a set from records read back from storage.</summary>
    /// <param name="records">The records; ids must be unique.</param>
    /// <returns>The set.</returns>
    /// <exception cref="CpdConflictException">Two records share an id.</exception>
    public static CpdRecordSet Of(IEnumerable<CpdRecord> records) => Empty.Add([.. records]);

    /// <summary>Adds new records, all or none.</summary>
    /// <param name="records">The records; their ids must not be in the set.</param>
    /// <returns>The set with the records added.</returns>
    /// <exception cref="CpdConflictException">An id is already in the set.</exception>
    public CpdRecordSet Add(IReadOnlyCollection<CpdRecord> records)
    {
        var builder = _records.ToBuilder();
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            if (!builder.TryAdd(record.Id, record))
            {
                throw new CpdConflictException($"A record with id {record.Id} already exists; nothing was added.");
            }
        }

        return new CpdRecordSet(builder.ToImmutable());
    }

    /// <summary>Finds one of a member's records.</summary>
    /// <param name="memberId">The member asking.</param>
    /// <param name="id">The record id.</param>
    /// <returns>The record, or <see langword="null"/> when the member has none with that id.</returns>
    public CpdRecord? Find(MemberId memberId, CpdRecordId id) =>
        _records.TryGetValue(id, out var record) && record.MemberId == memberId ? record : null;

    /// <summary>Lists a member's records in <see cref="CpdRecordOrder"/>.</summary>
    /// <param name="memberId">The member asking.</param>
    /// <returns>The records.</returns>
    public IReadOnlyList<CpdRecord> List(MemberId memberId) =>
        [.. _records.Values.Where(record => record.MemberId == memberId).Order(CpdRecordOrder.Instance)];

    /// <summary>Summarises a member's records on the member's date.</summary>
    /// <param name="memberId">The member asking.</param>
    /// <param name="memberToday">Today on the member's own calendar.</param>
    /// <returns>The summary.</returns>
    public CpdSummary Summarize(MemberId memberId, LocalDate memberToday) =>
        CpdSummary.Of(_records.Values.Where(record => record.MemberId == memberId), memberToday);

    /// <summary>
    /// Finds incomplete records whose reminder date is on or before a date, oldest first, leaving out the
    /// reminders already sent.
    /// </summary>
    /// <param name="latestReminderDate">The latest reminder date to include.</param>
    /// <param name="isSent">Tells whether a send is recorded for a reminder.</param>
    /// <param name="limit">The most reminders to return.</param>
    /// <returns>The reminders.</returns>
    public IReadOnlyList<Reminders.DueReminder> FindDueReminders(
        LocalDate latestReminderDate, Func<Domain.Reminders.ReminderKey, bool> isSent, int limit)
    {
        ArgumentNullException.ThrowIfNull(isSent);
        return
        [
            .. _records.Values
                .Where(record => record.Status != CpdRecordStatus.Completed && record.ReminderDate <= latestReminderDate)
                .Select(record => new Reminders.DueReminder(
                    new Domain.Reminders.ReminderKey(record.Id, record.ReminderDate!.Value), record.MemberId, record.Title))
                .Where(reminder => !isSent(reminder.Key))
                .OrderBy(reminder => reminder.ReminderDate)
                .ThenBy(reminder => reminder.Key.RecordId.Value)
                .Take(limit),
        ];
    }

    /// <summary>Replaces a record, if it is still at the expected version.</summary>
    /// <param name="record">The changed record.</param>
    /// <param name="expectedVersion">The version the change was based on.</param>
    /// <returns>The set with the record replaced.</returns>
    /// <exception cref="CpdRecordNotFoundException">The member has no record with that id.</exception>
    /// <exception cref="CpdConcurrencyException">The stored record is at another version.</exception>
    public CpdRecordSet Update(CpdRecord record, long expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Version <= expectedVersion)
        {
            throw new ArgumentException(
                $"The changed record is at version {record.Version}, which is not after {expectedVersion}.",
                nameof(record));
        }

        ThrowIfStale(Get(record.MemberId, record.Id), expectedVersion);
        return new CpdRecordSet(_records.SetItem(record.Id, record));
    }

    /// <summary>Removes a record, if it is still at the expected version.</summary>
    /// <param name="memberId">The member asking.</param>
    /// <param name="id">The record id.</param>
    /// <param name="expectedVersion">The version the member saw.</param>
    /// <returns>The set without the record.</returns>
    /// <exception cref="CpdRecordNotFoundException">The member has no record with that id.</exception>
    /// <exception cref="CpdConcurrencyException">The stored record is at another version.</exception>
    public CpdRecordSet Delete(MemberId memberId, CpdRecordId id, long expectedVersion)
    {
        ThrowIfStale(Get(memberId, id), expectedVersion);
        return new CpdRecordSet(_records.Remove(id));
    }

    private static void ThrowIfStale(CpdRecord stored, long expectedVersion)
    {
        if (stored.Version != expectedVersion)
        {
            throw new CpdConcurrencyException(stored.Id, expectedVersion, stored.Version);
        }
    }

    private CpdRecord Get(MemberId memberId, CpdRecordId id) =>
        Find(memberId, id) ?? throw new CpdRecordNotFoundException(id);
}
