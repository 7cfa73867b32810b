using Cpd.Domain.Planning;

namespace Cpd.Portal.Forms;

/// <summary>The objective changed elsewhere while the member edited it: both versions, for them to choose.</summary>
/// <param name="Mine">The objective as the member typed it.</param>
/// <param name="Stored">The objective as saved elsewhere.</param>
public sealed record ObjectiveConflict(ObjectiveForm Mine, ObjectiveForm Stored)
{
    /// <summary>Gets the fields that differ, with a label and both values.</summary>
    public IReadOnlyList<(string Label, string Stored, string Mine)> Differences =>
    [
        .. Rows().Where(row => !string.Equals(Normal(row.Stored), Normal(row.Mine), StringComparison.Ordinal)),
    ];

    /// <summary>Reads the conflict from the library's exception and the member's form.</summary>
    /// <param name="mine">The member's form.</param>
    /// <param name="conflict">The exception.</param>
    /// <returns>The conflict.</returns>
    public static ObjectiveConflict From(ObjectiveForm mine, CpdObjectiveConflictException conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        return new ObjectiveConflict(mine, ObjectiveForm.From(conflict.Stored));
    }

    private static string Normal(string? text) => (text ?? string.Empty).Trim().ReplaceLineEndings("\n");

    private static string StatusLabel(string? status) =>
        PlanText.ReadStatus(status) is { } known ? PlanText.Status(known) : status ?? string.Empty;

    private IEnumerable<(string Label, string Stored, string Mine)> Rows()
    {
        yield return ("Title", Stored.Title ?? string.Empty, Mine.Title ?? string.Empty);
        yield return ("Why", Stored.Why ?? string.Empty, Mine.Why ?? string.Empty);
        yield return ("Target date", Stored.TargetDate ?? string.Empty, Mine.TargetDate ?? string.Empty);
        yield return ("Serves", Stored.Serves ?? string.Empty, Mine.Serves ?? string.Empty);
        yield return ("Status", StatusLabel(Stored.Status), StatusLabel(Mine.Status));
    }
}
