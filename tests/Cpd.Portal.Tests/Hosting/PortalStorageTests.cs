using AngleSharp.Dom;
using Cpd.Portal.Hosting;
using Cpd.Portal.Tests.Support;
using Cpd.Storage.Json;
using Cpd.Storage.Sqlite;

namespace Cpd.Portal.Tests.Hosting;

public sealed class PortalStorageTests
{
    [Fact]
    public async Task Default_KeepsRecordsInSqliteInTheDataFolder()
    {
        await using var portal = new PortalFactory();
        using var client = new PortalClient(portal);

        await client.SignInAsync("amara");

        Assert.True(File.Exists(Path.Combine(portal.DataDirectory, SqliteStoreOptions.DefaultFileName)));
        Assert.False(File.Exists(Path.Combine(portal.DataDirectory, JsonFileStoreOptions.DefaultFileName)));
        Assert.Equal(31, RecordPages.Stat(await client.GetPageAsync("/"), "total"));
    }

    [Fact]
    public async Task JsonByConfiguration_KeepsRecordsInTheJsonFile()
    {
        await using var portal = new PortalFactory(store: "json");
        using var client = new PortalClient(portal);
        await client.SignInAsync("ben");

        await client.AddRecordAsync("Kept in JSON");

        var json = await File.ReadAllTextAsync(
            Path.Combine(portal.DataDirectory, JsonFileStoreOptions.DefaultFileName),
            TestContext.Current.CancellationToken);
        Assert.Contains("Kept in JSON", json, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(portal.DataDirectory, SqliteStoreOptions.DefaultFileName)));
    }

    [Fact]
    public async Task Seeding_HappensOnTheFirstRunOnly()
    {
        var directory = Directory.CreateTempSubdirectory("cpd-portal-tests-").FullName;
        try
        {
            await using (var first = new PortalFactory(dataDirectory: directory))
            {
                using var client = new PortalClient(first);
                await client.SignInAsync("amara");
                var page = await client.GetPageAsync("/?q=Quantum+Technologies");
                var path = page.QuerySelector("table.records a")!.GetAttribute("href")!;
                var confirm = await client.GetPageAsync(path + "/delete");
                await client.SubmitAndFollowAsync(RecordPages.MainForm(confirm));
            }

            await using var second = new PortalFactory(dataDirectory: directory);
            using var again = new PortalClient(second);
            await again.SignInAsync("amara");
            Assert.Equal(30, RecordPages.Stat(await again.GetPageAsync("/"), "total"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Open_AnUnknownStore_SaysWhichStoresThereAre()
    {
        var options = new PortalOptions { Store = "mongo", DataDirectory = Path.GetTempPath() };

        var refusal = Assert.Throws<InvalidOperationException>(() => PortalStorage.Open(options, "/"));

        Assert.Contains("'sqlite'", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("'json'", refusal.Message, StringComparison.Ordinal);
    }
}
