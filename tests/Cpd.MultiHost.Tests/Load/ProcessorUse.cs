namespace Cpd.MultiHost.Tests.Load;

/// <summary>
/// Processor time used by the hosts and by the test's own members (their clients parse every page), on all cores.
/// On a machine that other work shares, it shows how much of the machine the run had.
/// </summary>
internal readonly record struct ProcessorUse(TimeSpan Hosts, TimeSpan Members)
{
    public static ProcessorUse operator -(ProcessorUse after, ProcessorUse before) =>
        new(after.Hosts - before.Hosts, after.Members - before.Members);
}
