using Cpd.Import.Csv;
using Cpd.Portal.Hosting;
using Cpd.Storage;
using NodaTime;

namespace Cpd.Portal.Members;

/// <summary>
/// On the first run over a data folder, imports the repository's sample log for the demo member who holds it,
/// so a newcomer signs in to a journal with records in every state. A marker file keeps it from importing
/// again, even after the member deleted records. A store that cannot be reached at start-up does not stop the
/// portal: the failure is logged and the import tried again on the next start.
/// </summary>
public sealed partial class DemoLogSeeder : IHostedService
{
    /// <summary>The sample log's path, relative to the application's folder.</summary>
    public static readonly string SampleLogPath = Path.Combine("data", "member-log.csv");

    private readonly PortalStorage _storage;
    private readonly CpdJournal _journal;
    private readonly IClock _clock;
    private readonly ILogger<DemoLogSeeder> _logger;

    /// <summary>Creates the seeder.</summary>
    /// <param name="storage">The portal's storage.</param>
    /// <param name="journal">The journal the records are imported through.</param>
    /// <param name="clock">The clock that stamps the imported records.</param>
    /// <param name="logger">Where a failed import is reported.</param>
    public DemoLogSeeder(PortalStorage storage, CpdJournal journal, IClock clock, ILogger<DemoLogSeeder> logger)
    {
        _storage = storage;
        _journal = journal;
        _clock = clock;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var marker = Path.Combine(_storage.DataDirectory, $"demo-seeded.{_storage.Kind}");
        if (File.Exists(marker))
        {
            return;
        }

        try
        {
            foreach (var member in DemoMembers.All.Where(member => member.HoldsSampleLog))
            {
                await ImportSampleLogAsync(member, cancellationToken);
            }
        }
        catch (CpdStoreException failure)
        {
            SeedingFailed(failure);
            return;
        }

        await File.WriteAllTextAsync(marker, "The demo members were seeded in this data folder.\n", cancellationToken);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The demo members' sample log could not be imported; "
        + "the portal starts without it and tries again on the next start.")]
    private partial void SeedingFailed(Exception failure);

    private async Task ImportSampleLogAsync(DemoMember member, CancellationToken cancellationToken)
    {
        var existing = await _journal.ListRecordsAsync(member.MemberId, cancellationToken);
        if (existing.Count > 0)
        {
            return;
        }

        var importer = new CsvLogImporter(_journal.CurrentFramework, _clock);
        await using var csv = File.OpenRead(Path.Combine(AppContext.BaseDirectory, SampleLogPath));
        var records = await importer.ReadAsync(csv, member.MemberId, cancellationToken);
        await _journal.ImportRecordsAsync(member.MemberId, records, cancellationToken);
    }
}
