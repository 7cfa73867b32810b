using System.CommandLine;
using NodaTime;

namespace Cpd.Console;

/// <summary>Builds the session for a parsed command line and runs a command's work in it.</summary>
internal sealed class CommandContext
{
    private readonly IClock _clock;

    public CommandContext(GlobalOptions globals, IClock clock, TextWriter output, TextWriter error)
    {
        Globals = globals;
        _clock = clock;
        Output = output;
        Error = error;
    }

    public GlobalOptions Globals { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public StoreLocation StoreLocation(ParseResult parse, string? dataDirectory = null) =>
        new(
            parse.GetValue(Globals.Store),
            dataDirectory ?? parse.GetValue(Globals.DataDirectory)!,
            parse.GetValue(Globals.ConnectionString));

    public ConsoleSession OpenSession(ParseResult parse, string? dataDirectory = null) => ConsoleSession.Open(
        StoreLocation(parse, dataDirectory),
        parse.GetValue(Globals.Member)!,
        parse.GetValue(Globals.TimeZone)!,
        parse.GetValue(Globals.Today),
        _clock,
        Output);

    public void SetAction(Command command, Func<ParseResult, ConsoleSession, CancellationToken, Task> work) =>
        command.SetAction(async (parse, cancellationToken) =>
        {
            await work(parse, OpenSession(parse), cancellationToken);
            return ExitCodes.Success;
        });
}
