using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Storage.Json;
using Cpd.Storage.Sqlite;
using Cpd.Storage.Tests.Json;
using Cpd.Storage.Tests.Support;

namespace Cpd.Storage.Tests;

public sealed partial class CpdJournalTests
{
    private const int RacingSittings = 12;

    public static TheoryData<string> DurableStores => ["sqlite", "json"];

    [Theory]
    [MemberData(nameof(DurableStores))]
    public async Task SaveAnswerAsync_ManyThreadsSameQuestionSameRevision_OneWinsAndEveryOtherSeesTheWinner(string kind)
    {
        using var folder = new TemporaryFolder();
        var record = TestData.Record(TestData.Alice, _clock);
        await OpenStore(kind, folder).AddAsync([record], Cancel);

        var results = await RaceAsync(RacingSittings, sitting => new CpdJournal(OpenStore(kind, folder), _clock)
            .SaveAnswerAsync(TestData.Alice, record.Id, "learning", $"Sitting {sitting}", CpdRecord.NoRevision));

        var stored = (await OpenStore(kind, folder).FindAsync(TestData.Alice, record.Id, Cancel))!;
        var winner = Assert.Single(results, result => result.Error is null);
        Assert.Equal(winner.Stored!.AnswerTo("learning"), stored.AnswerTo("learning"));
        Assert.Equal(record.Version + 1, stored.Version);
        Assert.All(
            results.Where(result => result.Error is not null),
            result => Assert.Equal(
                stored.AnswerTo("learning"), Assert.IsType<CpdAnswerConflictException>(result.Error).StoredAnswer));
    }

    [Theory]
    [MemberData(nameof(DurableStores))]
    public async Task SaveAnswerAsync_ManyThreadsEveryQuestionWhileTheDetailsChange_AllTakeEffectOnce(string kind)
    {
        using var folder = new TemporaryFolder();
        var record = TestData.Record(TestData.Alice, _clock);
        await OpenStore(kind, folder).AddAsync([record], Cancel);
        var questions = ReflectionFrameworks.Default.Questions;
        var details = record.Details with { Notes = "Written in its own sitting", Hours = 2.5m };

        var results = await RaceAsync(questions.Count + 1, sitting =>
        {
            var journal = new CpdJournal(OpenStore(kind, folder), _clock);
            return sitting < questions.Count
                ? journal.SaveAnswerAsync(TestData.Alice, record.Id, questions[sitting].Key, $"Answer {sitting}", 0)
                : journal.ChangeDetailsAsync(TestData.Alice, record.Id, details, record.DetailsRevision);
        });

        var stored = (await OpenStore(kind, folder).FindAsync(TestData.Alice, record.Id, Cancel))!;
        Assert.All(results, result => Assert.Null(result.Error));
        Assert.Equal(record.Version + questions.Count + 1, stored.Version);
        Assert.Equal(CpdRecordStatus.Completed, stored.Status);
        Assert.Equal(details, stored.Details);
        Assert.All(
            questions.Select((question, sitting) => (question.Key, sitting)),
            answered => Assert.Equal($"Answer {answered.sitting}", stored.AnswerTo(answered.Key)!.Text));
    }

    private static ICpdRecordStore OpenStore(string kind, TemporaryFolder folder) => kind == "json"
        ? new JsonFileCpdRecordStore(new JsonFileStoreOptions { DataDirectory = folder.Path })
        : new SqliteCpdRecordStore(new SqliteStoreOptions { DatabasePath = Path.Combine(folder.Path, "cpd.db") });

    /// <summary>Starts every sitting on a thread of its own at once, and collects what each got.</summary>
    private static async Task<SittingResult[]> RaceAsync(int sittings, Func<int, Task<CpdRecord>> command)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = Enumerable.Range(0, sittings).Select(sitting => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                return new SittingResult(await command(sitting), null, 0);
            }
            catch (CpdException exception)
            {
                return new SittingResult(null, exception, 0);
            }
        }));
        var all = Task.WhenAll(runs);
        start.SetResult();

        // Only a guard against a hang; no duration is asserted.
        return await all.WaitAsync(TimeSpan.FromMinutes(2));
    }
}
