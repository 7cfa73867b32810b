using Cpd.Domain;
using Cpd.Reminders;

namespace Cpd.Portal.Members;

/// <summary>
/// The reminders' member directory over the demo members: their names, email addresses and time zones. A real
/// portal looks its members up in its own membership system instead.
/// </summary>
public sealed class DemoMemberDirectory : IMemberDirectory
{
    private readonly Dictionary<MemberId, MemberContact> _contacts;

    /// <summary>Creates the directory, checking every member's contact details now.</summary>
    /// <param name="members">The demo members.</param>
    /// <exception cref="CpdValidationException">A member's email address or time zone is unusable.</exception>
    public DemoMemberDirectory(DemoMemberList members)
    {
        ArgumentNullException.ThrowIfNull(members);
        _contacts = members.All.ToDictionary(member => member.MemberId, Contact);
    }

    /// <inheritdoc />
    public Task<MemberContact?> FindAsync(MemberId memberId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_contacts.GetValueOrDefault(memberId));

    private static MemberContact Contact(DemoMember member) => new(
        member.MemberId, member.Name, member.EmailAddress, MemberTimeZone.Resolve(member.TimeZoneId));
}
