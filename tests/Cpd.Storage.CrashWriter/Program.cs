using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Storage;
using Cpd.Storage.Json;
using Cpd.Storage.Sqlite;
using NodaTime;

// Keeps writing records and answers until it is killed. Before each write it logs "begin", and after the
// store acknowledges it, "ack", so that the test can tell which writes must survive the kill.
// Usage: Cpd.Storage.CrashWriter <sqlite|json> <data-folder> <log-file> <seed>
if (args.Length != 4)
{
    await Console.Error.WriteLineAsync("usage: Cpd.Storage.CrashWriter <sqlite|json> <data-folder> <log-file> <seed>");
    return 2;
}

ICpdRecordStore store = args[0] == "sqlite"
    ? new SqliteCpdRecordStore(new SqliteStoreOptions { DatabasePath = Path.Combine(args[1], "cpd.db") })
    : new JsonFileCpdRecordStore(new JsonFileStoreOptions { DataDirectory = args[1] });
#pragma warning disable RS0030 // A real process under test keeps real time.
var journal = new CpdJournal(store, SystemClock.Instance);
#pragma warning restore RS0030
var member = MemberId.From("crash-member");
var random = new Random(int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture));
await using var log = new StreamWriter(new FileStream(args[2], FileMode.Append, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
var records = (await journal.ListRecordsAsync(member)).Select(record => record.Id).ToList();

for (var write = 0; ; write++)
{
    if (records.Count == 0 || random.Next(4) == 0)
    {
        var title = $"Record {args[3]}-{write}";
        await log.WriteLineAsync($"begin add {title}");
        var record = await journal.AddRecordAsync(member, new CpdRecordDetails { Title = title });
        records.Add(record.Id);
        await log.WriteLineAsync($"ack add {record.Id} {title}");
    }
    else
    {
        var id = records[random.Next(records.Count)];
        var key = ReflectionFrameworks.Default.Questions[random.Next(7)].Key;
        var text = $"Answer {args[3]}-{write} ✓";
        var current = await journal.GetRecordAsync(member, id);
        await log.WriteLineAsync($"begin answer {id} {key} {text}");
        await journal.SaveAnswerAsync(member, id, key, text, current.AnswerTo(key)?.Revision ?? CpdRecord.NoRevision);
        await log.WriteLineAsync($"ack answer {id} {key} {text}");
    }
}
