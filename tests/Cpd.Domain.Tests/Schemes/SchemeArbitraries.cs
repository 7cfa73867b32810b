using Cpd.Domain.Records;
using Cpd.Domain.Schemes;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Cpd.Domain.Tests.Schemes;

/// <summary>The arbitraries that <c>[Property(Arbitrary = [typeof(SchemeArbitraries)])]</c> brings in.</summary>
public static class SchemeArbitraries
{
    private static readonly LocalDate Registered = new(2023, 5, 10);

    private static readonly string?[] Categories =
        ["Professional", "Formal/educational", "Work-based", "Self-directed", "Informal", "Other", null];

    private static readonly CpdScheme[] Schemes =
    [
        TestSchemes.Create(TestSchemes.AprilHours),
        TestSchemes.Create(TestSchemes.Units),
        TestSchemes.Create(TestSchemes.ThreeYear),
        TestSchemes.Create(TestSchemes.ThreeYear with { Earning = CreditEarning.OnePerRecord, Unit = CreditUnit.Records }),
    ];

    private static readonly Gen<LocalDate> Date =
        Gen.Choose(0, 365 * 6).Select(days => Registered.PlusDays(days));

    private static readonly Gen<decimal?> Hours =
        Gen.Frequency((1, Gen.Constant<decimal?>(null)), (6, Gen.Choose(0, 80).Select(halves => (decimal?)(halves / 2m))));

    private static readonly Gen<CpdRecord> Record =
        from category in Gen.Elements(Categories)
        from hours in Hours
        from date in Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (8, Date.Select(d => (LocalDate?)d)))
        from completed in Gen.Frequency((1, Gen.Constant(false)), (3, Gen.Constant(true)))
        from planned in Gen.Elements(true, false)
        select TestSchemes.Record(category, hours, date, completed, planned);

    private static readonly Gen<SchemeMembership> Membership =
        Gen.Elements(
            SchemeMembership.From(Registered),
            SchemeMembership.From(Registered) with
            {
                Exemptions = [new SchemeExemption(ExemptionKind.CareerBreak, Registered.PlusDays(400), Registered.PlusDays(580))],
            },
            SchemeMembership.From(Registered) with
            {
                Exemptions =
                [
                    new SchemeExemption(ExemptionKind.PartTime, Registered.PlusDays(100), Registered.PlusDays(900), 0.5m),
                ],
            });

    public static Arbitrary<SchemeCase> SchemeCase() =>
        Arb.From(
            from scheme in Gen.Elements(Schemes)
            from membership in Membership
            from count in Gen.Choose(0, 30)
            from records in Gen.ArrayOf(Record, count)
            from extra in Record
            from today in Date
            select new SchemeCase(scheme, membership, records, extra, today));
}
