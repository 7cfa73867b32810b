using System.Text;

namespace Cpd.MultiHost.Tests.Load;

/// <summary>
/// The throughput and latency of a measured run (warm-up excluded): reported for the docs, never asserted.
/// </summary>
internal sealed record LoadFigures(
    int Hosts,
    int Members,
    TimeSpan Elapsed,
    ProcessorUse Processor,
    IReadOnlyList<SaveAttempt> Saves,
    IReadOnlyList<AddAttempt> Adds)
{
    public static LoadFigures From(LoadLog log, int hosts, int members, TimeSpan elapsed, ProcessorUse used) => new(
        hosts,
        members,
        elapsed,
        used,
        [.. log.Saves.Where(save => save.Measured)],
        [.. log.Adds.Where(add => add.Measured)]);

    public int Saved => Count(SaveOutcome.Saved);

    public double SavedPerSecond => Saved / Elapsed.TotalSeconds;

    public double SavesPerSecond => Saves.Count / Elapsed.TotalSeconds;

    public string Describe()
    {
        var text = new StringBuilder();
        Line(text, $"{Hosts} hosts, {Members} members, {Elapsed.TotalSeconds:0.0} s measured");
        var refused = $"{Count(SaveOutcome.Conflict)} conflicts shown, {Count(SaveOutcome.Busy)} asked to save again";
        Line(text, $"saves: {Saves.Count} sent, {Saved} acknowledged, {refused}, {Count(SaveOutcome.Failed)} failed");
        Line(text, $"records added: {Adds.Count(add => add.RecordId is not null)} of {Adds.Count}");
        Line(text, $"throughput: {SavedPerSecond:0} acknowledged saves/s ({SavesPerSecond:0} saves sent/s)");
        Line(text, $"save latency: {Percentiles(Saves.Select(save => save.Latency))}");
        Line(text, $"add latency: {Percentiles(Adds.Select(add => add.Latency))}");
        var hostCores = Processor.Hosts.TotalSeconds / Elapsed.TotalSeconds;
        var memberCores = Processor.Members.TotalSeconds / Elapsed.TotalSeconds;
        var perSave = Processor.Hosts.TotalMilliseconds / Math.Max(1, Saved);
        Line(text, $"processor: hosts {hostCores:0.00} cores, members' clients {memberCores:0.00} cores");
        Line(text, $"host processor time per acknowledged save, with its page and all else: {perSave:0.0} ms");
        return text.ToString();
    }

    /// <summary>Nearest-rank percentiles: the smallest latency that at least p% of requests did not exceed.</summary>
    public static TimeSpan Percentile(IReadOnlyList<TimeSpan> sorted, double percent) =>
        sorted.Count == 0
            ? TimeSpan.Zero
            : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string Percentiles(IEnumerable<TimeSpan> latencies)
    {
        var sorted = latencies.Order().ToList();
        return string.Join(", ", new[] { 50.0, 95, 99 }.Select(percent =>
            FormattableString.Invariant($"p{percent:0} {Percentile(sorted, percent).TotalMilliseconds:0.0} ms"))) +
            FormattableString.Invariant($" (max {(sorted.Count == 0 ? 0 : sorted[^1].TotalMilliseconds):0.0} ms)");
    }

    private static void Line(StringBuilder text, FormattableString line) =>
        text.AppendLine(FormattableString.Invariant(line));

    private int Count(SaveOutcome outcome) => Saves.Count(save => save.Outcome == outcome);
}
