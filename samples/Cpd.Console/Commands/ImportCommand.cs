using System.CommandLine;
using Cpd.Import.Csv;

namespace Cpd.Console.Commands;

/// <summary><c>cpd import</c>: brings in an existing CPD log from CSV, all or nothing.</summary>
internal static class ImportCommand
{
    public static Command Create(CommandContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "The CSV file (see the README for its columns)." };
        var command = new Command("import", "Import records from a CSV log; if any row is invalid, nothing is imported.")
        {
            file,
        };
        context.SetAction(command, async (parse, session, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var count = await ImportAsync(session, path.FullName, cancellationToken);
            await session.Output.WriteLineAsync($"Imported {count} records from {path.Name}.");
        });
        return command;
    }

    public static async Task<int> ImportAsync(ConsoleSession session, string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var importer = new CsvLogImporter(session.Journal.CurrentFramework, session.Clock);
        var records = importer.Read(stream, session.Member);
        await session.Journal.ImportRecordsAsync(session.Member, records, cancellationToken);
        return records.Count;
    }
}
