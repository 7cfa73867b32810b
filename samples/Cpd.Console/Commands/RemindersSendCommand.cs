using System.CommandLine;
using Cpd.Domain;
using Cpd.Reminders;
using Cpd.Reminders.Smtp;
using Cpd.Storage.Reminders;

namespace Cpd.Console.Commands;

/// <summary>
/// <c>cpd reminders send</c>: one dispatch pass for the console's member, through an SMTP server. Each due
/// reminder is emailed once; a failed one is tried again by a later run, after a wait that grows.
/// </summary>
internal static class RemindersSendCommand
{
    public static Command Create(CommandContext context)
    {
        var arguments = new ReminderArguments();
        var smtp = new SmtpArguments();
        var command = new Command("send", "Email your due reminders through an SMTP server, each once.")
        {
            smtp.Host, smtp.Port, smtp.Tls, smtp.From, smtp.Email, arguments.BaseAddress, arguments.SendAt,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var session = context.OpenSession(parse);
            var member = new MemberContact(session.Member, string.Empty, smtp.EmailOf(parse), session.TimeZone);
            var events = new ConsoleDispatchLog();
            var dispatcher = new ReminderDispatcher(
                session.Store,
                session.Store as ICpdReminderStore ?? throw NoReminderStore(parse.GetValue(context.Globals.Store)),
                new ConsoleMemberDirectory(member),
                new SmtpReminderSender(smtp.Options(parse)),
                session.Clock,
                DispatchOptions(parse, arguments),
                events);
            var report = await dispatcher.DispatchDueAsync(cancellationToken);
            return await events.PrintAsync(session.Output, report, member);
        });
        return command;
    }

    private static ReminderDispatchOptions DispatchOptions(ParseResult parse, ReminderArguments arguments) => new()
    {
        SendAt = parse.GetValue(arguments.SendAt),
        RecordBaseAddress = parse.GetValue(arguments.BaseAddress),
        DispatcherId = $"cpd-console:{Environment.ProcessId}",
        // One attempt per run: a failed reminder waits for a later run rather than holding the terminal.
        SendAttempts = 1,
    };

    private static CpdValidationException NoReminderStore(StoreKind kind) => new(new ValidationError(
        "store",
        ValidationRule.Format,
        $"The {kind.ToString().ToLowerInvariant()} store of this version does not keep reminder sends, " +
        "so it cannot send reminders once each."));
}
