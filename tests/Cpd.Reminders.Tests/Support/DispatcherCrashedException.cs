namespace Cpd.Reminders.Tests.Support;

/// <summary>Stands for a dispatcher's process dying at the point it is thrown.</summary>
internal sealed class DispatcherCrashedException : Exception
{
    public DispatcherCrashedException()
        : base("The dispatcher's process died.")
    {
    }
}
