using Cpd.Domain;
using Cpd.Reminders;

namespace Cpd.Console;

/// <summary>The console's member directory: the one member the command line names, and no one else.</summary>
internal sealed class ConsoleMemberDirectory(MemberContact member) : IMemberDirectory
{
    public Task<MemberContact?> FindAsync(MemberId memberId, CancellationToken cancellationToken = default) =>
        Task.FromResult(memberId == member.MemberId ? member : null);
}
