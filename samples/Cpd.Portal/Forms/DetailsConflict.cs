using Cpd.Domain.Records;

namespace Cpd.Portal.Forms;

/// <summary>
/// The details changed elsewhere while the member edited them: both versions, for the member to choose.
/// </summary>
/// <param name="Mine">The details as the member typed them.</param>
/// <param name="Stored">The details saved elsewhere.</param>
public sealed record DetailsConflict(RecordForm Mine, RecordForm Stored)
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
    public static DetailsConflict From(RecordForm mine, CpdDetailsConflictException conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        return new DetailsConflict(mine, RecordForm.From(conflict.Stored));
    }

    private static string Normal(string? text) => (text ?? string.Empty).Trim().ReplaceLineEndings("\n");

    private IEnumerable<(string Label, string Stored, string Mine)> Rows()
    {
        yield return ("Title", Stored.Title ?? string.Empty, Mine.Title ?? string.Empty);
        yield return ("Activity date", Stored.ActivityDate ?? string.Empty, Mine.ActivityDate ?? string.Empty);
        yield return ("Category", Stored.Category ?? string.Empty, Mine.Category ?? string.Empty);
        yield return ("Hours", Stored.Hours ?? string.Empty, Mine.Hours ?? string.Empty);
        yield return ("Quick notes", Stored.Notes ?? string.Empty, Mine.Notes ?? string.Empty);
        yield return ("Reminder date", Stored.ReminderDate ?? string.Empty, Mine.ReminderDate ?? string.Empty);
    }
}
