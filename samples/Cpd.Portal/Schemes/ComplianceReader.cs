using Cpd.Domain.Records;
using Cpd.Domain.Schemes;
using Cpd.Portal.Members;
using Cpd.Storage;
using NodaTime;

namespace Cpd.Portal.Schemes;

/// <summary>Works out where a member stands in each of their schemes, from their records.</summary>
/// <param name="schemes">The body's schemes and the members' enrolments.</param>
/// <param name="journal">The members' records.</param>
/// <param name="clock">The portal's clock.</param>
public sealed class ComplianceReader(PortalSchemes schemes, CpdJournal journal, IClock clock)
{
    /// <summary>Reads the member's standing in each scheme they are enrolled in.</summary>
    /// <param name="member">The signed-in member.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One standing a scheme, in the configured order; none when the member has no enrolment.</returns>
    public async Task<IReadOnlyList<SchemeStanding>> ReadAsync(
        SignedInMember member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (schemes.EnrolmentsOf(member.Id).Count == 0)
        {
            return [];
        }

        var records = await journal.ListRecordsAsync(member.Id, cancellationToken);
        return Evaluate(member, records);
    }

    /// <summary>Works out the member's standing in each of their schemes, from records already read.</summary>
    /// <param name="member">The signed-in member.</param>
    /// <param name="records">All the member's records.</param>
    /// <returns>One standing a scheme, in the configured order; none when the member has no enrolment.</returns>
    public IReadOnlyList<SchemeStanding> Evaluate(SignedInMember member, IReadOnlyList<CpdRecord> records)
    {
        ArgumentNullException.ThrowIfNull(member);
        var today = member.Today(clock);
        return
        [
            .. schemes.EnrolmentsOf(member.Id).Select(enrolment => new SchemeStanding(
                enrolment.Scheme,
                SchemeCompliance.Evaluate(enrolment.Scheme, records, enrolment.Membership, today),
                today)
            {
                Exemptions = enrolment.Membership.Exemptions,
            }),
        ];
    }
}
