using System.Text;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using NodaTime;
using Xunit;
using static Cpd.Storage.Conformance.ConformancePlans;
using static Cpd.Storage.Conformance.ConformanceRecords;

namespace Cpd.Storage.Conformance;

public abstract partial class CpdPlanStoreConformanceTests
{
    /// <summary>Text from many scripts, emoji, combining marks and line breaks comes back exactly.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The test.</returns>
    [Theory]
    [InlineData("Ångström-scale imaging — μ-meson, naïve café")]
    [InlineData("量子センサー 🧪🔬 👩🏽‍🔬")]
    [InlineData("שלום עולם مرحبا بالعالم")]
    [InlineData("e\u0301 and \u202Eoverride\u202C and zero\u200Bwidth")]
    [InlineData("'quotes' \"double\" <tags> & ampersands; DROP TABLE objectives; --")]
    public async Task Content_InAnyScript_RoundTripsExactly(string text)
    {
        var objective = (await AddAsync(
            Objective(Clock, Alice, text, why: $"{text}\r\n\t{text}\n", serves: [text, "Clinical 🩺"])))[0];
        var review = (await AddAsync(Review(Clock, Alice, new LocalDate(2026, 12, 1), $"{text}\n\n{text}\r\n")))[0];

        var found = await Store.FindObjectiveAsync(Alice, objective.Id, Cancellation);
        var reviews = await Store.ListPlanReviewsAsync(Alice, Cancellation);

        Assert.Equal(objective, found);
        Assert.Equal(objective.Details.Why, found!.Details.Why);
        Assert.Equal(objective.Details.Serves, found.Details.Serves);
        Assert.Equal(review.Outcome, Assert.Single(reviews).Outcome);
    }

    /// <summary>Content at every maximum length, and dates at both ends of the range, come back exactly.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Content_AtMaximumLengthsAndDateLimits_RoundTripsExactly()
    {
        var title = Repeat("🧪", PlanLimits.TitleMaxLength);
        var why = Repeat("é\n", PlanLimits.WhyMaxLength / 2);
        var serves = Enumerable.Range(0, PlanLimits.MaxServes)
            .Select(n => $"{n:00}{Repeat("s", PlanLimits.ServesMaxLength - 2)}").ToArray();
        var outcome = Repeat("漢", PlanLimits.OutcomeMaxLength);
        var earliest = new LocalDate(CpdRecordLimits.EarliestYear, 1, 1);
        var latest = new LocalDate(CpdRecordLimits.LatestYear, 12, 31);
        var objective = (await AddAsync(Objective(Clock, Alice, title, target: latest, why: why, serves: serves)))[0];
        var reviews = await AddAsync(Review(Clock, Alice, latest, outcome), Review(Clock, Alice, earliest, outcome));

        var found = await Store.FindObjectiveAsync(Alice, objective.Id, Cancellation);

        Assert.Equal(objective, found);
        Assert.Equal(title, found!.Title);
        Assert.Equal(why, found.Details.Why);
        Assert.Equal([reviews[1], reviews[0]], await Store.ListPlanReviewsAsync(Alice, Cancellation));
    }

    /// <summary>Instants keep their full precision.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Instants_WithSubSecondPrecision_RoundTripExactly()
    {
        Clock.AdvanceNanoseconds(123_456_789);
        var objective = (await AddAsync(Objective(Clock, Alice)))[0];
        Clock.AdvanceNanoseconds(987_654_321);
        var changed = objective.Change(Retitled(objective, "Changed"), objective.Version, Clock);
        await Store.UpdateObjectiveAsync(changed, objective.Version, Cancellation);
        var review = (await AddAsync(Review(Clock, Alice, new LocalDate(2026, 12, 3))))[0];

        var found = await Store.FindObjectiveAsync(Alice, objective.Id, Cancellation);

        Assert.Equal(objective.CreatedAt, found!.CreatedAt);
        Assert.Equal(changed.UpdatedAt, found.UpdatedAt);
        Assert.Equal(review.RecordedAt, Assert.Single(await Store.ListPlanReviewsAsync(Alice, Cancellation)).RecordedAt);
    }

    private static string Repeat(string text, int times) => new StringBuilder().Insert(0, text, times).ToString();
}
