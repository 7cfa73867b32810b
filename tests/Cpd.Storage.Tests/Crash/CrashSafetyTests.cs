using System.Diagnostics;
using Cpd.Domain;
using Cpd.Domain.Records;
using Cpd.Storage.Json;
using Cpd.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Cpd.Storage.Tests.Crash;

/// <summary>
/// A child process keeps writing records and answers and is killed with SIGKILL at random moments, many
/// times. After every kill the store opens, passes an integrity check and holds every acknowledged write.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Kills = 12;
    private static readonly TimeSpan ProgressTimeout = TimeSpan.FromSeconds(60);
    private static readonly MemberId Member = MemberId.From("crash-member");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cpd-crash-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("json")]
    public async Task Store_KilledAtRandomMoments_KeepsEveryAcknowledgedWrite(string kind)
    {
        var random = new Random(20261203);
        var logPath = Path.Combine(_folder, "writes.log");
        Directory.CreateDirectory(_folder);

        for (var kill = 1; kill <= Kills; kill++)
        {
            var before = WriteLog.Read(logPath).AckCount;
            await RunAndKillAsync(kind, logPath, seed: kill, acksToWaitFor: before + random.Next(1, 25));
            await VerifyAsync(kind, WriteLog.Read(logPath), $"after kill {kill}");
        }
    }

    private async Task RunAndKillAsync(string kind, string logPath, int seed, int acksToWaitFor)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "Cpd.Storage.CrashWriter.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, UseShellExecute = false };
        var seedText = seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var argument in new[] { writer, kind, DataFolder, logPath, seedText })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(ProgressTimeout);
        while (WriteLog.Read(logPath).AckCount < acksToWaitFor && !child.HasExited)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), timeout.Token);
        }

        if (child.HasExited)
        {
            Assert.Fail($"The writer stopped by itself: {await child.StandardError.ReadToEndAsync()}");
        }

        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    private async Task VerifyAsync(string kind, WriteLog log, string when)
    {
        ICpdRecordStore store = kind == "sqlite"
            ? new SqliteCpdRecordStore(new SqliteStoreOptions { DatabasePath = Path.Combine(DataFolder, "cpd.db") })
            : new JsonFileCpdRecordStore(new JsonFileStoreOptions { DataDirectory = DataFolder });
        if (kind == "sqlite")
        {
            Assert.Equal("ok", IntegrityCheck());
        }

        var records = (await store.ListAsync(Member, TestContext.Current.CancellationToken)).ToDictionary(r => r.Id.ToString());
        foreach (var (id, title) in log.AckedTitles)
        {
            Assert.True(records.TryGetValue(id, out var record), $"Acknowledged record {id} is missing {when}.");
            Assert.Equal(title, record.Title);
        }

        foreach (var (id, key) in log.AnsweredQuestions)
        {
            var stored = records.GetValueOrDefault(id)?.AnswerTo(key)?.Text;
            Assert.True(
                log.AllowedAnswers(id, key).Contains(stored),
                $"The answer '{key}' of {id} is '{stored}' {when}; allowed: {string.Join(" | ", log.AllowedAnswers(id, key))}.");
        }
    }

    private string IntegrityCheck()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(DataFolder, "cpd.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)command.ExecuteScalar()!;
    }

    private string DataFolder => Path.Combine(_folder, "data");
}
