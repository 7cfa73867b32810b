using System.Collections.Concurrent;
using Cpd.Reminders;
using NodaTime.Text;

namespace Cpd.Console;

/// <summary>Keeps a dispatch pass's events and prints them for the member, one line each.</summary>
internal sealed class ConsoleDispatchLog : IReminderDispatchListener
{
    private readonly ConcurrentQueue<ReminderDispatchEvent> _events = new();

    public void OnDispatchEvent(ReminderDispatchEvent dispatchEvent) => _events.Enqueue(dispatchEvent);

    public async Task<int> PrintAsync(TextWriter output, ReminderDispatchReport report, MemberContact member)
    {
        foreach (var dispatchEvent in _events.Where(e => e.Kind != ReminderDispatchEventKind.MemberUnknown))
        {
            await output.WriteLineAsync(Describe(dispatchEvent));
        }

        await output.WriteLineAsync($"Sent {report.Sent} reminder(s) to {member.EmailAddress}.");
        if (report.MemberUnknown > 0)
        {
            await output.WriteLineAsync(
                $"Left {report.MemberUnknown} reminder(s) of other members in this store alone.");
        }

        return report.Failed > 0 ? ExitCodes.DeliveryFailure : ExitCodes.Success;
    }

    private static string Describe(ReminderDispatchEvent dispatchEvent)
    {
        var what = $"{Printer.Date(dispatchEvent.Key.ReminderDate)}  {dispatchEvent.Key.RecordId}";
        return dispatchEvent.Kind switch
        {
            ReminderDispatchEventKind.Sent => $"  sent      {what}",
            ReminderDispatchEventKind.Withdrawn => $"  withdrawn {what} (completed or moved meanwhile)",
            ReminderDispatchEventKind.SendFailed =>
                $"  not sent  {what}: {dispatchEvent.Error?.Message} Tried again from " +
                $"{InstantPattern.General.Format(dispatchEvent.RetryAt!.Value)}.",
            _ => $"  not recorded {what}: {dispatchEvent.Error?.Message}",
        };
    }
}
