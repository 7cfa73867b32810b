using System.Text.Json.Nodes;
using Cpd.Domain;
using Cpd.Domain.Planning;
using NodaTime;

namespace Cpd.Storage.Tests.Json;

public sealed partial class JsonFileCpdRecordStoreTests
{
    [Fact]
    public async Task AddObjectiveAsync_OnAVersionTwoFile_KeepsItsRecordsAndRemindersAndUpgradesIt()
    {
        var cancel = TestContext.Current.CancellationToken;
        var store = NewStore();
        var record = NewRecord("Written before plans existed");
        await store.AddAsync([record], cancel);
        var file = JsonNode.Parse(await File.ReadAllTextAsync(store.FilePath, cancel))!.AsObject();
        file["schemaVersion"] = 2;
        file.Remove("objectives");
        file.Remove("planReviews");
        await File.WriteAllTextAsync(store.FilePath, file.ToJsonString(), cancel);
        var objective = NewObjective("Set after the upgrade");

        Assert.Empty(await NewStore().ListObjectivesAsync(Member, cancel));
        await NewStore().AddObjectiveAsync(objective, cancel);

        var upgraded = JsonNode.Parse(await File.ReadAllTextAsync(store.FilePath, cancel))!;
        Assert.Equal(3, (int)upgraded["schemaVersion"]!);
        Assert.Equal([record], await NewStore().ListAsync(Member, cancel));
        Assert.Equal([objective], await NewStore().ListObjectivesAsync(Member, cancel));
    }

    [Fact]
    public async Task AddObjectiveAsync_ThenAnotherInstance_ReadsItBackWithItsStatusByName()
    {
        var cancel = TestContext.Current.CancellationToken;
        var objective = NewObjective("Mentor a new starter", ObjectiveStatus.InProgress);
        await NewStore().AddObjectiveAsync(objective, cancel);

        var read = await NewStore().FindObjectiveAsync(Member, objective.Id, cancel);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(NewStore().FilePath, cancel))!;

        Assert.Equal(objective, read);
        Assert.Equal("InProgress", (string?)json["objectives"]![0]!["status"]);
    }

    [Theory]
    [InlineData("status", "\"Finished\"")]
    [InlineData("status", "\"InProgress, Achieved\"")]
    [InlineData("status", "\"7\"")]
    [InlineData("serves", "[null]")]
    [InlineData("title", "\"\"")]
    [InlineData("version", "0")]
    [InlineData("memberId", "null")]
    public async Task Read_OfADamagedObjective_RefusesAndLeavesTheFileUntouched(string field, string rawJson)
    {
        var cancel = TestContext.Current.CancellationToken;
        var store = NewStore();
        await store.AddObjectiveAsync(NewObjective("Damaged later"), cancel);
        var file = JsonNode.Parse(await File.ReadAllTextAsync(store.FilePath, cancel))!;
        file["objectives"]![0]![field] = JsonNode.Parse(rawJson);
        var damaged = file.ToJsonString();
        await File.WriteAllTextAsync(store.FilePath, damaged, cancel);

        await Assert.ThrowsAsync<CpdStoreException>(() => store.ListObjectivesAsync(Member, cancel));
        await Assert.ThrowsAsync<CpdStoreException>(() => store.AddObjectiveAsync(NewObjective("New"), cancel));

        Assert.Equal(damaged, await File.ReadAllTextAsync(store.FilePath, cancel));
    }

    [Fact]
    public async Task Read_OfADamagedPlanReview_RefusesAndLeavesTheFileUntouched()
    {
        var cancel = TestContext.Current.CancellationToken;
        var store = NewStore();
        await store.AddPlanReviewAsync(PlanReview.Record(Member, new LocalDate(2026, 12, 1), "Fine.", _clock), cancel);
        var file = JsonNode.Parse(await File.ReadAllTextAsync(store.FilePath, cancel))!;
        file["planReviews"]![0]!["outcome"] = "  ";
        var damaged = file.ToJsonString();
        await File.WriteAllTextAsync(store.FilePath, damaged, cancel);

        await Assert.ThrowsAsync<CpdStoreException>(() => store.ListPlanReviewsAsync(Member, cancel));

        Assert.Equal(damaged, await File.ReadAllTextAsync(store.FilePath, cancel));
    }

    private DevelopmentObjective NewObjective(string title, ObjectiveStatus status = ObjectiveStatus.Planned) =>
        DevelopmentObjective.Create(
            ObjectiveId.New(_clock.GetCurrentInstant()),
            Member,
            new ObjectiveDetails { Title = title, Why = "Why:\nbecause", Serves = ["Leadership"], Status = status },
            _clock);
}
