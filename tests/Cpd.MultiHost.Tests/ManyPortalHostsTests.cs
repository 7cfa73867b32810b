using System.Diagnostics;
using Cpd.MultiHost.Tests.Hosts;
using Cpd.MultiHost.Tests.Load;
using Cpd.Reminders.TestSupport;
using Cpd.Storage.Postgres.Tests;

namespace Cpd.MultiHost.Tests;

/// <summary>
/// Three portal processes over one PostgreSQL database, each sending reminders, while members save answers
/// through all of them at once: nothing acknowledged is lost, nothing is stored twice, no reminder goes twice.
/// </summary>
public sealed partial class ManyPortalHostsTests
{
    private const int HostCount = 3;

    /// <summary>How long the members work; the work is bounded by this budget, the test asserts no duration.</summary>
    private static readonly TimeSpan LoadBudget = TimeSpan.FromSeconds(8);

    private readonly string _runTag = "Load " + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task ThreeHostsOnOneDatabase_MembersSaveConcurrently_NothingLostAndNoRecordOrReminderTwice()
    {
        var token = TestContext.Current.CancellationToken;
        _ = PostgresTestServer.ConnectionString;
        var started = Stopwatch.GetTimestamp();
        Report($"{Environment.ProcessorCount} cores; load average {LoadAverage()}");
        await using var database = await ScratchDatabase.CreateAsync(token);
        await using var mail = await InProcessSmtpServer.StartAsync();
        using var certificate = PortalCertificate.Create();
        var data = Directory.CreateTempSubdirectory("cpd-hosts-data-");
        try
        {
            var settings = new HostSettings(
                database.ConnectionString, data.FullName, mail.Port, certificate, LoadMember.Twelve);
            await using var hosts = await PortalHosts.StartAsync(HostCount, settings, token);
            Report($"hosts serving after {Seconds(started)}");

            // Planted once every host runs, so that all three dispatchers compete for the same reminders.
            var seeded = await SeededReminders.PlantAsync(database.ConnectionString, LoadMember.Twelve, token);
            Report($"planted {seeded.Due.Count} due reminders after {Seconds(started)}");
            await RunAndCheckAsync(hosts, certificate, database, mail, seeded, token);
        }
        finally
        {
            data.Delete(recursive: true);
        }

        Report($"done after {Seconds(started)}");
    }

    private async Task RunAndCheckAsync(
        PortalHosts hosts,
        PortalCertificate certificate,
        ScratchDatabase database,
        InProcessSmtpServer mail,
        SeededReminders seeded,
        CancellationToken token)
    {
        try
        {
            var (log, figures) = await RunLoadAsync(hosts, certificate, token);
            Report(figures.Describe());
            Report($"load average {LoadAverage()}");
            AssertEverySaveAnswered(log);
            await AssertNoRecordTwiceAsync(database, log, token);
            await AssertNoAnswerLostAsync(database, log, token);
            Report(await AssertEachReminderEmailedOnceAsync(database, mail, seeded, token));
        }
        catch (Exception) when (ReportBeside(hosts))
        {
            throw;
        }
    }

    private async Task<(LoadLog Log, LoadFigures Figures)> RunLoadAsync(
        PortalHosts hosts, PortalCertificate certificate, CancellationToken token)
    {
        var log = new LoadLog();
        var members = LoadMember.Twelve
            .Select((member, index) =>
                new SimulatedMember(member, index + 1, hosts.Addresses, certificate, log, _runTag))
            .ToList();
        try
        {
            var warming = Stopwatch.GetTimestamp();
            await Task.WhenAll(members.Select(member => member.WarmUpAsync(token)));
            Report($"warm-up took {Seconds(warming)}");
            var before = new ProcessorUse(hosts.ProcessorTime, Environment.CpuUsage.TotalTime);
            var started = Stopwatch.GetTimestamp();
            await Task.WhenAll(members.Select(member => member.RunAsync(LoadBudget, token)));
            var elapsed = Stopwatch.GetElapsedTime(started);
            var used = new ProcessorUse(hosts.ProcessorTime, Environment.CpuUsage.TotalTime) - before;
            return (log, LoadFigures.From(log, hosts.Addresses.Count, members.Count, elapsed, used));
        }
        finally
        {
            members.ForEach(member => member.Dispose());
        }
    }

    private static void AssertEverySaveAnswered(LoadLog log)
    {
        var failedSaves = log.Saves.Where(save => save.Outcome == SaveOutcome.Failed).ToList();
        Assert.True(
            failedSaves.Count == 0,
            $"{failedSaves.Count} saves got neither an acknowledgement nor a reported conflict, for example:\n" +
            string.Join("\n", failedSaves.Take(3).Select(save => save.Problem)));
        var failedAdds = log.Adds.Where(add => add.RecordId is null).ToList();
        Assert.True(
            failedAdds.Count == 0,
            $"{failedAdds.Count} adds were not acknowledged: " +
            string.Join("; ", failedAdds.Select(add => add.Problem)));
        Assert.NotEmpty(log.TwoTabs);
        var bothOrNeither = log.TwoTabs.Where(pair => !OneWon(pair.First.Outcome, pair.Second.Outcome)).ToList();
        Assert.True(
            bothOrNeither.Count == 0,
            $"{bothOrNeither.Count} of {log.TwoTabs.Count} pairs of saves from two tabs did not end with one saved " +
            "and the other refused, for example: " +
            string.Join("; ", bothOrNeither.Take(3).Select(pair => $"{pair.First.Outcome} and {pair.Second.Outcome}")));
    }

    // One tab's save wins; the other is refused and told so, either with both texts or with a request to save again.
    private static bool OneWon(SaveOutcome first, SaveOutcome second) =>
        (first, second) is (SaveOutcome.Saved, SaveOutcome.Conflict or SaveOutcome.Busy)
            or (SaveOutcome.Conflict or SaveOutcome.Busy, SaveOutcome.Saved);

    // Other work on the machine weighs on the figures, so the report says how busy it was.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

    private static string Seconds(long since) =>
        FormattableString.Invariant($"{Stopwatch.GetElapsedTime(since).TotalSeconds:0.0} s");

    private static void Report(string text) => TestContext.Current.TestOutputHelper?.WriteLine(text);

    // An exception filter that writes what the hosts logged beside the failure, and catches nothing.
    private static bool ReportBeside(PortalHosts hosts)
    {
        Report(hosts.Output);
        return false;
    }
}
