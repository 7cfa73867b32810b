using Cpd.Domain.Records;
using Cpd.Domain.Schemes;
using NodaTime;

namespace Cpd.Domain.Tests.Schemes;

/// <summary>A scheme, a member's records, one more record and the member's today, for the scheme properties.</summary>
public sealed record SchemeCase(
    CpdScheme Scheme,
    SchemeMembership Membership,
    IReadOnlyList<CpdRecord> Records,
    CpdRecord Extra,
    LocalDate Today)
{
    public override string ToString() =>
        $"{Scheme} on {Today:uuuu-MM-dd}, extra {Describe(Extra)}: " + string.Join("; ", Records.Select(Describe));

    private static string Describe(CpdRecord record) =>
        $"{record.Category}/{record.Hours}/{record.ActivityDate:uuuu-MM-dd}/{record.Status}/planned={record.IsPlanned}";
}
