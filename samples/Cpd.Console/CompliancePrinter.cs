using System.Globalization;
using Cpd.Domain.Schemes;

namespace Cpd.Console;

/// <summary>Writes schemes and compliance verdicts for a member reading a terminal.</summary>
internal static class CompliancePrinter
{
    public static async Task SchemeAsync(TextWriter output, CpdScheme scheme, CancellationToken cancellationToken)
    {
        var definition = scheme.Definition;
        var lines = new List<string>
        {
            $"{scheme.Id}  {scheme.Name} (v{scheme.Version})",
            $"  Cycle: {Cycle(scheme.Cycle)}; counted in {scheme.Unit.ToString().ToLowerInvariant()}.",
        };
        if (definition.Source is { } source)
        {
            lines.Add($"  Source: {source.Title} <{source.Url}>");
        }

        await WriteAsync(output, lines, cancellationToken);
    }

    public static async Task ResultAsync(
        TextWriter output, ComplianceResult result, CancellationToken cancellationToken)
    {
        var unit = result.Unit.ToString().ToLowerInvariant();
        var lines = new List<string>
        {
            $"{result.SchemeId}  {result.SchemeName}",
            $"  Cycle: {result.Cycle.Start:d MMMM uuuu} to {result.Cycle.End:d MMMM uuuu}",
        };
        lines.AddRange(result.Categories.Select(tally => $"  {tally.Name}: {Tally(tally)}"));
        lines.Add($"  Total: {Number(result.Total)} {unit}");
        lines.AddRange(result.Rules.Select(rule => $"  [{(rule.IsMet ? "met" : "not met")}] {rule.Message}"));
        if (result.Excluded.Count > 0)
        {
            lines.Add($"  Not counted: {result.Excluded.Count} record(s) ({Reasons(result.Excluded)}).");
        }

        lines.Add(result.IsCompliant
            ? "  Every rule is met this cycle."
            : $"  {result.Shortfalls.Count()} rule(s) still to meet this cycle.");
        lines.Add(string.Empty);
        await WriteAsync(output, lines, cancellationToken);
    }

    public static string Cycle(SchemeCycle cycle)
    {
        var length = cycle.LengthMonths % 12 == 0
            ? $"{cycle.LengthMonths / 12} year(s)"
            : $"{cycle.LengthMonths} month(s)";
        if (cycle.Anchor == CycleAnchorKind.Registration)
        {
            return $"{length} from your registration date";
        }

        var month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(cycle.AnchorMonth);
        return $"{length} from {cycle.AnchorDay} {month}";
    }

    private static string Tally(CategoryTally tally)
    {
        var text = Number(tally.Counted);
        if (tally.CarriedForward > 0)
        {
            text += $" (including {Number(tally.CarriedForward)} carried forward)";
        }

        return tally.Counted < tally.Earned + tally.CarriedForward
            ? $"{text} (capped; {Number(tally.Earned + tally.CarriedForward)} recorded)"
            : text;
    }

    private static string Reasons(IEnumerable<ExcludedRecord> excluded) =>
        string.Join(", ", excluded.GroupBy(e => e.Reason).Select(group => $"{group.Count()} {Reason(group.Key)}"));

    private static string Reason(ExclusionReason reason) => reason switch
    {
        ExclusionReason.NotCompleted => "not completed",
        ExclusionReason.NoActivityDate => "without an activity date",
        ExclusionReason.CategoryNotAccepted => "in a category the scheme does not accept",
        _ => "without hours",
    };

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static async Task WriteAsync(
        TextWriter output, IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteLineAsync(line);
        }
    }
}
