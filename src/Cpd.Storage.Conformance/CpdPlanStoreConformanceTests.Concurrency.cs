using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Storage.Planning;
using Xunit;
using static Cpd.Storage.Conformance.ConformancePlans;
using static Cpd.Storage.Conformance.ConformanceRecords;

namespace Cpd.Storage.Conformance;

public abstract partial class CpdPlanStoreConformanceTests
{
    private const int Sittings = 8;

    /// <summary>
    /// Of many sittings changing one objective at once from the same version, exactly one wins; the others are
    /// told the stored version and overwrite nothing. Repeated for three versions in turn.
    /// </summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task UpdateObjectiveAsync_FromManySittingsAtOnce_ExactlyOneWinsPerVersion()
    {
        var current = (await AddAsync(Objective(Clock, Alice)))[0];
        for (var round = 1; round <= 3; round++)
        {
            var attempts = Enumerable.Range(1, Sittings)
                .Select(n => current.Change(Retitled(current, $"Round {round}, sitting {n}"), current.Version, Clock))
                .ToArray();

            var outcomes = await Task.WhenAll(attempts.Select(attempt => Task.Run(() => TryUpdateAsync(attempt, current.Version))));

            var winner = Assert.Single(outcomes, outcome => outcome.Conflict is null).Attempt;
            Assert.All(
                outcomes.Where(outcome => outcome.Conflict is not null),
                outcome => Assert.Equal(current.Version + 1, outcome.Conflict!.StoredVersion));
            Assert.Equal(winner, await Store.FindObjectiveAsync(Alice, current.Id, Cancellation));
            current = winner;
        }
    }

    /// <summary>Objectives and reviews added by many sittings at once are all kept, each with its member.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Adds_FromManySittingsAtOnce_AreAllKept()
    {
        var objectives = Enumerable.Range(0, Sittings * 2)
            .Select(n => Objective(Clock, n % 2 == 0 ? Alice : Bob, $"Objective {n}"))
            .ToArray();
        var reviews = Enumerable.Range(0, Sittings)
            .Select(n => Review(Clock, Alice, new NodaTime.LocalDate(2026, 1, 1).PlusDays(n), $"Review {n}"))
            .ToArray();

        await Task.WhenAll(
            objectives.Select(objective => Task.Run(() => Store.AddObjectiveAsync(objective, Cancellation)))
                .Concat(reviews.Select(review => Task.Run(() => Store.AddPlanReviewAsync(review, Cancellation)))));

        Assert.Equal(
            objectives.Where(objective => objective.MemberId == Alice).Order(CpdPlanOrder.Objectives),
            await Store.ListObjectivesAsync(Alice, Cancellation));
        Assert.Equal(Sittings, (await Store.ListObjectivesAsync(Bob, Cancellation)).Count);
        Assert.Equal(reviews, await Store.ListPlanReviewsAsync(Alice, Cancellation));
    }

    /// <summary>One new objective added by many sittings at once is stored once; the others are told of the conflict.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task AddObjectiveAsync_OfOneIdFromManySittingsAtOnce_StoresItOnce()
    {
        var objective = Objective(Clock, Alice);
        var copies = Enumerable.Range(1, Sittings)
            .Select(n => DevelopmentObjective.Restore(objective.ToState() with { Details = Retitled(objective, $"Copy {n}") }))
            .ToArray();

        var outcomes = await Task.WhenAll(copies.Select(copy => Task.Run(async () =>
        {
            try
            {
                await Store.AddObjectiveAsync(copy, Cancellation);
                return (DevelopmentObjective?)copy;
            }
            catch (CpdConflictException)
            {
                return null;
            }
        })));

        var stored = Assert.Single(outcomes, outcome => outcome is not null)!;
        Assert.Equal([stored], await Store.ListObjectivesAsync(Alice, Cancellation));
    }

    private async Task<(DevelopmentObjective Attempt, CpdObjectiveConcurrencyException? Conflict)> TryUpdateAsync(
        DevelopmentObjective attempt, long expectedVersion)
    {
        try
        {
            await Store.UpdateObjectiveAsync(attempt, expectedVersion, Cancellation);
            return (attempt, null);
        }
        catch (CpdObjectiveConcurrencyException conflict)
        {
            return (attempt, conflict);
        }
    }
}
