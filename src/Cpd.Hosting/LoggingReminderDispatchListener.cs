using Cpd.Reminders;
using Microsoft.Extensions.Logging;

namespace Cpd.Hosting;

/// <summary>Logs every reminder dispatch event: sends at information level, trouble at warning level.</summary>
public sealed partial class LoggingReminderDispatchListener : IReminderDispatchListener
{
    private readonly ILogger<LoggingReminderDispatchListener> _logger;

    /// <summary>Creates the listener.</summary>
    /// <param name="logger">Where to log.</param>
    public LoggingReminderDispatchListener(ILogger<LoggingReminderDispatchListener> logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
    }

    /// <inheritdoc />
    public void OnDispatchEvent(ReminderDispatchEvent dispatchEvent)
    {
        ArgumentNullException.ThrowIfNull(dispatchEvent);
        var record = dispatchEvent.Key.RecordId.ToString();
        var date = dispatchEvent.Key.ReminderDate.ToString();
        var member = dispatchEvent.MemberId.ToString();
        switch (dispatchEvent.Kind)
        {
            case ReminderDispatchEventKind.Sent:
                LogSent(record, date, dispatchEvent.MessageId);
                break;
            case ReminderDispatchEventKind.MemberUnknown:
                LogMemberUnknown(member, record, date);
                break;
            case ReminderDispatchEventKind.Withdrawn:
                LogWithdrawn(record, date);
                break;
            default:
                LogTrouble(dispatchEvent.Error, dispatchEvent.Kind, record, date, dispatchEvent.RetryAt?.ToString());
                break;
        }
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information,
        Message = "Reminder for record {RecordId} on {ReminderDate} sent as {MessageId}")]
    private partial void LogSent(string recordId, string reminderDate, string? messageId);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning,
        Message = "Reminder for record {RecordId} on {ReminderDate} not sent: " +
            "member {MemberId} is not in the member directory")]
    private partial void LogMemberUnknown(string memberId, string recordId, string reminderDate);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information,
        Message = "Reminder for record {RecordId} on {ReminderDate} withdrawn: " +
            "the record was completed, deleted or its reminder moved")]
    private partial void LogWithdrawn(string recordId, string reminderDate);

    [LoggerMessage(EventId = 13, Level = LogLevel.Warning,
        Message = "Reminder dispatch {Kind} for record {RecordId} on {ReminderDate}; retry at {RetryAt}")]
    private partial void LogTrouble(
        Exception? exception, ReminderDispatchEventKind kind, string recordId, string reminderDate, string? retryAt);
}
