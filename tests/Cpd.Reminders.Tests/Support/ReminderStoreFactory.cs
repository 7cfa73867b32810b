using Cpd.Storage;
using Cpd.Storage.InMemory;
using Cpd.Storage.Reminders;

namespace Cpd.Reminders.Tests.Support;

/// <summary>
/// The stores the dispatch tests run on, by name. Tests that take a store name run on each store listed in
/// <see cref="Names"/>; a store kind joins by adding its name and its factory here.
/// </summary>
internal static class ReminderStoreFactory
{
    public const string InMemory = "in-memory";

    public static TheoryData<string> Names => [InMemory];

    public static (ICpdRecordStore Records, ICpdReminderStore Reminders) Create(string name)
    {
        var store = name switch
        {
            InMemory => new InMemoryCpdRecordStore(),
            _ => throw new ArgumentException($"No reminder store is called '{name}'.", nameof(name)),
        };
        return (store, store);
    }
}
