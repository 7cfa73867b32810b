using System.Collections.Concurrent;

namespace Cpd.Reminders.Tests.Support;

/// <summary>A listener that keeps every dispatch event.</summary>
internal sealed class EventLog : IReminderDispatchListener
{
    private readonly ConcurrentQueue<ReminderDispatchEvent> _events = new();

    public IReadOnlyList<ReminderDispatchEvent> Events => [.. _events];

    public IReadOnlyList<ReminderDispatchEvent> OfKind(ReminderDispatchEventKind kind) =>
        [.. _events.Where(dispatchEvent => dispatchEvent.Kind == kind)];

    public void OnDispatchEvent(ReminderDispatchEvent dispatchEvent) => _events.Enqueue(dispatchEvent);
}
