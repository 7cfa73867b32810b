using Cpd.Storage;
using Cpd.Storage.InMemory;
using Cpd.Storage.Reminders;

namespace Cpd.Reminders.Tests.Support;

/// <summary>A store a test world runs on, with what removes it afterwards.</summary>
internal sealed record TestStore(ICpdRecordStore Records, ICpdReminderStore Reminders, Func<ValueTask> Remove)
{
    public static TestStore InMemory()
    {
        var store = new InMemoryCpdRecordStore();
        return new TestStore(store, store, () => ValueTask.CompletedTask);
    }
}
