using System.Globalization;
using Cpd.Domain;
using Cpd.Domain.Records;

namespace Cpd.Console;

/// <summary>Finds the record a member names: by its full id, or as #N, its place in <c>cpd list</c>.</summary>
internal static class RecordReference
{
    public static async Task<CpdRecord> ResolveAsync(
        ConsoleSession session, string reference, CancellationToken cancellationToken)
    {
        if (reference.StartsWith('#'))
        {
            return await ByPositionAsync(session, reference, cancellationToken);
        }

        var id = InputNames.Read("<record>", () => CpdRecordId.Parse(reference));
        return await session.Journal.GetRecordAsync(session.Member, id, cancellationToken);
    }

    private static async Task<CpdRecord> ByPositionAsync(
        ConsoleSession session, string reference, CancellationToken cancellationToken)
    {
        var records = await session.Journal.ListRecordsAsync(session.Member, cancellationToken);
        var valid = int.TryParse(reference.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var position);
        if (!valid || position < 1 || position > records.Count)
        {
            throw new CpdValidationException(new ValidationError(
                "<record>",
                ValidationRule.OutOfRange,
                $"'{reference}' is not a record: use #1 to #{records.Count} as 'cpd list' shows, or a record id."));
        }

        return records[position - 1];
    }
}
