using Cpd.Domain.Records;

namespace Cpd.Domain.Tests.Support;

/// <summary>A member's day and a set of their records, with reminders falling around that day.</summary>
/// <param name="Day">The member's moment and zone.</param>
/// <param name="Records">The records.</param>
public sealed record MemberRecords(MemberDay Day, IReadOnlyList<CpdRecord> Records)
{
    public override string ToString() =>
        $"{Day}: " + string.Join("; ", Records.Select(r => $"{r.Status} reminder {r.ReminderDate} hours {r.Hours}"));
}
