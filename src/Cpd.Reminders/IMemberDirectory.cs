using Cpd.Domain;

namespace Cpd.Reminders;

/// <summary>The portal's members, as reminders need them: who they are, where to write, and their time zone.</summary>
/// <remarks>Implementations are safe to use from several threads at once.</remarks>
public interface IMemberDirectory
{
    /// <summary>Finds a member's contact details.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>
    /// The details, or <see langword="null"/> when the portal does not know the member (any more); their reminders
    /// are then left unsent and reported, not dropped.
    /// </returns>
    Task<MemberContact?> FindAsync(MemberId memberId, CancellationToken cancellationToken = default);
}
