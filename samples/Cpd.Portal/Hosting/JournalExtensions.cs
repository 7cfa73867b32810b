using Cpd.Domain;
using Cpd.Domain.Records;
using Cpd.Storage;

namespace Cpd.Portal.Hosting;

/// <summary>Look-ups the pages share.</summary>
public static class JournalExtensions
{
    /// <summary>
    /// Finds one of the member's records; another member's record id finds nothing, as does a bad one.
    /// </summary>
    /// <param name="journal">The journal.</param>
    /// <param name="memberId">The signed-in member.</param>
    /// <param name="id">The record id from the address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    public static async Task<CpdRecord?> FindRecordAsync(
        this CpdJournal journal, MemberId memberId, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(journal);
        if (id == Guid.Empty)
        {
            return null;
        }

        try
        {
            return await journal.GetRecordAsync(memberId, new CpdRecordId(id), cancellationToken);
        }
        catch (CpdRecordNotFoundException)
        {
            return null;
        }
    }
}
