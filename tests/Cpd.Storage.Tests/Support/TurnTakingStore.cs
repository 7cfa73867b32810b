using Cpd.Domain;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Storage.Tests.Support;

/// <summary>One sitting's view of a shared store: every call first waits for the sitting's turn.</summary>
/// <param name="inner">The shared store.</param>
/// <param name="turnstile">The turnstile the sittings share.</param>
/// <param name="sitting">This sitting's number.</param>
public sealed class TurnTakingStore(ICpdRecordStore inner, Turnstile turnstile, int sitting) : ICpdRecordStore
{
    /// <summary>Gets how many writes the shared store refused as stale for this sitting.</summary>
    public int StaleWrites { get; private set; }

    /// <summary>Says that this sitting has finished and will make no more calls.</summary>
    public void Leave() => turnstile.Leave(sitting);

    public async Task AddAsync(IReadOnlyCollection<CpdRecord> records, CancellationToken cancellationToken = default)
    {
        await turnstile.WaitForTurnAsync(sitting);
        await inner.AddAsync(records, cancellationToken);
    }

    public async Task<CpdRecord?> FindAsync(
        MemberId memberId, CpdRecordId id, CancellationToken cancellationToken = default)
    {
        await turnstile.WaitForTurnAsync(sitting);
        return await inner.FindAsync(memberId, id, cancellationToken);
    }

    public async Task<IReadOnlyList<CpdRecord>> ListAsync(
        MemberId memberId, CancellationToken cancellationToken = default)
    {
        await turnstile.WaitForTurnAsync(sitting);
        return await inner.ListAsync(memberId, cancellationToken);
    }

    public async Task UpdateAsync(CpdRecord record, long expectedVersion, CancellationToken cancellationToken = default)
    {
        await turnstile.WaitForTurnAsync(sitting);
        try
        {
            await inner.UpdateAsync(record, expectedVersion, cancellationToken);
        }
        catch (CpdConcurrencyException)
        {
            StaleWrites++;
            throw;
        }
    }

    public async Task DeleteAsync(
        MemberId memberId, CpdRecordId id, long expectedVersion, CancellationToken cancellationToken = default)
    {
        await turnstile.WaitForTurnAsync(sitting);
        await inner.DeleteAsync(memberId, id, expectedVersion, cancellationToken);
    }

    public async Task<CpdSummary> SummarizeAsync(
        MemberId memberId, LocalDate memberToday, CancellationToken cancellationToken = default)
    {
        await turnstile.WaitForTurnAsync(sitting);
        return await inner.SummarizeAsync(memberId, memberToday, cancellationToken);
    }
}
