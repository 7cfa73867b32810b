using Cpd.Domain.Frameworks;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Domain.Tests.Support;

/// <summary>The arbitraries that <c>[Property(Arbitrary = [typeof(PlanArbitraries)])]</c> brings in.</summary>
public static class PlanArbitraries
{
    private static readonly MemberId Member = MemberId.From("member-1");

    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 6, 1, 8, 0), Duration.FromSeconds(3));

    private static readonly Dictionary<string, string> AllAnswers =
        ReflectionFrameworks.Default.Questions.ToDictionary(question => question.Key, question => "Answered");

    public static Arbitrary<NextStepsCase> NextStepsCase() =>
        Arb.From(
            from answer in Gen.Frequency((2, DomainGen.AnswerText), (1, LongAnswer))
            from category in DomainGen.Category
            select new NextStepsCase(CpdRecord.Create(
                CpdRecordId.New(Clock.GetCurrentInstant()),
                Member,
                ReflectionFrameworks.Default,
                new CpdRecordDetails { Title = "Source activity", Category = category },
                Clock,
                new Dictionary<string, string> { [NextSteps.QuestionKey] = answer })));

    public static Arbitrary<MemberPlan> MemberPlan() =>
        Arb.From(
            from objectives in Gen.Choose(0, 8).SelectMany(count => Gen.ArrayOf(Objective, count))
            from count in Gen.Choose(0, 20)
            from records in Gen.ArrayOf(Record(objectives), count)
            from today in DomainGen.DateNear(DomainGen.Around, 30)
            select new MemberPlan(today, objectives, records));

    // A first line far longer than a title may be, sometimes with no space to cut at.
    private static Gen<string> LongAnswer { get; } =
        from line in MemberText.Line(40)
        from times in Gen.Choose(5, 60)
        from separator in Gen.Elements(" ", "", "\t", " \u200B")
        from rest in DomainGen.AnswerText
        select string.Join(separator, Enumerable.Repeat(line, times)) + "\n" + rest;

    private static Gen<DevelopmentObjective> Objective { get; } =
        from status in Gen.Elements(Enum.GetValues<ObjectiveStatus>())
        from target in Gen.Frequency(
            (1, Gen.Constant<LocalDate?>(null)),
            (3, DomainGen.DateNear(DomainGen.Around, 40).Select(date => (LocalDate?)date)))
        from title in DomainGen.Title
        select DevelopmentObjective.Create(
            ObjectiveId.New(Clock.GetCurrentInstant()),
            Member,
            new ObjectiveDetails { Title = title, TargetDate = target, Status = status },
            Clock);

    private static Gen<CpdRecord> Record(DevelopmentObjective[] objectives) =>
        from details in DomainGen.Details
        from served in Gen.SubListOf(objectives.Select(objective => objective.Id).ToArray())
        from followsUp in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from completed in Gen.Elements(false, true)
        select CpdRecord.Create(
            CpdRecordId.New(Clock.GetCurrentInstant()),
            Member,
            ReflectionFrameworks.Default,
            details with
            {
                Objectives = ObjectiveSet.Of(served),
                FollowsUp = followsUp ? CpdRecordId.New(Clock.GetCurrentInstant()) : null,
            },
            Clock,
            completed ? AllAnswers : null);
}
