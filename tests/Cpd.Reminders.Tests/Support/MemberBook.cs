using System.Collections.Concurrent;
using Cpd.Domain;

namespace Cpd.Reminders.Tests.Support;

/// <summary>A member directory kept in a dictionary; a member can be added or removed at any time.</summary>
internal sealed class MemberBook : IMemberDirectory
{
    private readonly ConcurrentDictionary<MemberId, MemberContact> _members = new();

    public void Add(MemberContact member) => _members[member.MemberId] = member;

    public void Remove(MemberId memberId) => _members.TryRemove(memberId, out _);

    public NodaTime.DateTimeZone Zone(MemberId memberId) => _members[memberId].TimeZone;

    public Task<MemberContact?> FindAsync(MemberId memberId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_members.GetValueOrDefault(memberId));
}
