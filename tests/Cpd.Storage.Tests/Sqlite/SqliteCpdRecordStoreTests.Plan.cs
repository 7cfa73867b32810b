using Cpd.Domain;
using Cpd.Domain.Planning;
using NodaTime;

namespace Cpd.Storage.Tests.Sqlite;

public sealed partial class SqliteCpdRecordStoreTests
{
    [Theory]
    [InlineData("UPDATE objectives SET status = 9;")]
    [InlineData("UPDATE objectives SET serves = 'not json';")]
    [InlineData("UPDATE objectives SET serves = '[null]';")]
    [InlineData("UPDATE objectives SET target_date = '2027-02-30';")]
    [InlineData("UPDATE objectives SET title = '   ';")]
    [InlineData("UPDATE objectives SET version = 0;")]
    [InlineData("UPDATE objectives SET created_at = 'yesterday';")]
    public async Task ReadObjectives_OfARowWithAnUnreadableValue_GivesATypedDamagedError(string damage)
    {
        var objective = NewObjective("Damaged later");
        await _database.NewStore().AddObjectiveAsync(objective, Cancellation);
        _database.Scalar(damage);

        var store = _database.NewStore();

        var listed = await Assert.ThrowsAsync<CpdStoreException>(() => store.ListObjectivesAsync(Member, Cancellation));
        var found = await Assert.ThrowsAsync<CpdStoreException>(
            () => store.FindObjectiveAsync(Member, objective.Id, Cancellation));
        Assert.Contains("damaged", listed.Message, StringComparison.Ordinal);
        Assert.Contains("damaged", found.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UPDATE plan_reviews SET reviewed_on = '1 December';")]
    [InlineData("UPDATE plan_reviews SET outcome = '';")]
    public async Task ListPlanReviewsAsync_OfARowWithAnUnreadableValue_GivesATypedDamagedError(string damage)
    {
        await _database.NewStore().AddPlanReviewAsync(
            PlanReview.Record(Member, new LocalDate(2026, 12, 1), "Fine.", _clock), Cancellation);
        _database.Scalar(damage);

        var error = await Assert.ThrowsAsync<CpdStoreException>(
            () => _database.NewStore().ListPlanReviewsAsync(Member, Cancellation));

        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
    }

    private DevelopmentObjective NewObjective(string title) => DevelopmentObjective.Create(
        ObjectiveId.New(_clock.GetCurrentInstant()),
        Member,
        new ObjectiveDetails { Title = title, Why = "Because", Serves = ["Audit"], TargetDate = new LocalDate(2027, 1, 31) },
        _clock);
}
