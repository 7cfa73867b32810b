using System.CommandLine;
using NodaTime;

namespace Cpd.Console;

/// <summary>The options every command accepts: whose records, where they are kept, and which day it is.</summary>
internal sealed class GlobalOptions
{
    /// <summary>The data folder used when neither the option nor the environment names one.</summary>
    public const string DefaultDataDirectory = ".cpd-data";

    public Option<string> DataDirectory { get; } = new Option<string>("--data-dir")
    {
        Description = "Folder that holds the records (default: $CPD_DATA_DIR, else ./.cpd-data).",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CPD_DATA_DIR") is { } dir
            && !string.IsNullOrWhiteSpace(dir)
            ? dir
            : DefaultDataDirectory,
    }.RequireText("the folder that holds the records");

    public Option<string> Member { get; } = new("--member")
    {
        Description = "The member whose records to use (default: $CPD_MEMBER, else 'me').",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CPD_MEMBER") is { Length: > 0 } member
            ? member
            : "me",
    };

    public Option<string> TimeZone { get; } = new("--time-zone")
    {
        Description = "The member's IANA time zone, such as Europe/London (default: $CPD_TIME_ZONE, else Etc/UTC).",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CPD_TIME_ZONE") is { Length: > 0 } zone
            ? zone
            : "Etc/UTC",
    };

    public Option<StoreKind> Store { get; } = new("--store")
    {
        Description = "Where records are kept: sqlite (cpd.db in the data folder), json (cpd-records.json in the " +
            "data folder) or postgres (see --connection-string) (default: $CPD_STORE, else sqlite).",
        Recursive = true,
        DefaultValueFactory = _ => Enum.TryParse<StoreKind>(Environment.GetEnvironmentVariable("CPD_STORE"), true, out var kind)
            ? kind
            : StoreKind.Sqlite,
    };

    public Option<string?> ConnectionString { get; } = new("--connection-string")
    {
        Description = "The PostgreSQL connection string for --store postgres (default: $CPD_POSTGRES).",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CPD_POSTGRES"),
    };

    public Option<LocalDate?> Today { get; } = new("--today")
    {
        Description = "Treat this date (yyyy-MM-dd) as today on the member's calendar, for reproducible results.",
        Recursive = true,
        CustomParser = DateArguments.ParseOptional,
    };

    public void AddTo(Command command)
    {
        command.Add(DataDirectory);
        command.Add(Store);
        command.Add(ConnectionString);
        command.Add(Member);
        command.Add(TimeZone);
        command.Add(Today);
    }
}
