namespace Cpd.Domain.Tests.Support;

/// <summary>What a command does to a record: changes it, leaves it as it is, or is refused (and why).</summary>
public enum CommandOutcome
{
    Changes,
    ReturnsSame,
    FailsValidation,
    FailsLifecycle,
    FailsConflict,
}
