using System.Collections.Concurrent;

namespace Cpd.Reminders.Tests.Support;

/// <summary>A mail system that keeps every message it accepts, and refuses while a failure rule says so.</summary>
internal sealed class RecordingSender : IReminderSender
{
    private readonly ConcurrentQueue<ReminderMessage> _sent = new();
    private int _attempts;

    /// <summary>Gets or sets the rule that makes a send fail; none by default.</summary>
    public Func<ReminderMessage, bool> Fails { get; set; } = _ => false;

    public IReadOnlyList<ReminderMessage> Sent => [.. _sent];

    public int Attempts => Volatile.Read(ref _attempts);

    public Task SendAsync(ReminderMessage message, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _attempts);
        if (Fails(message))
        {
            throw new CpdReminderDeliveryException(
                $"Reminder {message.MessageId} was not sent: the test server is down.");
        }

        _sent.Enqueue(message);
        return Task.CompletedTask;
    }

    /// <summary>Fails the next <paramref name="count"/> sends, then accepts every one.</summary>
    public void FailNext(int count)
    {
        var left = count;
        Fails = _ => Interlocked.Decrement(ref left) >= 0;
    }
}
