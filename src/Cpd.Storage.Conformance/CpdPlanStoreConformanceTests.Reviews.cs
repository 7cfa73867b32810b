using Cpd.Domain;
using NodaTime;
using Xunit;
using static Cpd.Storage.Conformance.ConformancePlans;
using static Cpd.Storage.Conformance.ConformanceRecords;

namespace Cpd.Storage.Conformance;

public abstract partial class CpdPlanStoreConformanceTests
{
    /// <summary>A stored review comes back equal, field for field.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task ListPlanReviewsAsync_AfterAdd_ReturnsAnEqualReview()
    {
        var review = (await AddAsync(Review(Clock, Alice, new LocalDate(2026, 11, 30), "Met with my mentor.")))[0];

        var listed = await Store.ListPlanReviewsAsync(Alice, Cancellation);

        Assert.Equal(review, Assert.Single(listed));
    }

    /// <summary>Reviews are listed by review date, then by when each was recorded; others' are left out.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task ListPlanReviewsAsync_OrdersByReviewDateThenRecording_AndListsOnlyTheMembersOwn()
    {
        var spring = new LocalDate(2026, 4, 1);
        var autumnFirst = Review(Clock, Alice, new LocalDate(2026, 10, 1), "Recorded first");
        var springReview = Review(Clock, Alice, spring, "Recorded late, about spring");
        var autumnSecond = Review(Clock, Alice, new LocalDate(2026, 10, 1), "Recorded second");
        await AddAsync(autumnSecond, Review(Clock, Bob, spring.PlusDays(-1)), autumnFirst, springReview);

        var listed = await Store.ListPlanReviewsAsync(Alice, Cancellation);

        Assert.Equal([springReview, autumnFirst, autumnSecond], listed);
        Assert.Single(await Store.ListPlanReviewsAsync(Bob, Cancellation));
        Assert.Empty(await Store.ListPlanReviewsAsync(Carol, Cancellation));
    }

    /// <summary>A review whose id is already stored, for any member, is refused and changes nothing.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task AddPlanReviewAsync_WithAnIdAlreadyStored_IsAConflictAndKeepsTheFirst()
    {
        var first = (await AddAsync(Review(Clock, Alice, new LocalDate(2026, 12, 1), "First")))[0];

        await Assert.ThrowsAnyAsync<CpdConflictException>(
            () => Store.AddPlanReviewAsync(first with { Outcome = "Second" }, Cancellation));
        await Assert.ThrowsAnyAsync<CpdConflictException>(
            () => Store.AddPlanReviewAsync(first with { MemberId = Bob }, Cancellation));

        Assert.Equal([first], await Store.ListPlanReviewsAsync(Alice, Cancellation));
        Assert.Empty(await Store.ListPlanReviewsAsync(Bob, Cancellation));
    }
}
