using System.Globalization;
using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Storage.Planning;

namespace Cpd.Console;

/// <summary>Finds the objective a member names: by its full id, or as #N, its place in <c>cpd plan list</c>.</summary>
internal static class ObjectiveReference
{
    public static async Task<DevelopmentObjective> ResolveAsync(
        CpdPlanner planner, MemberId member, string reference, CancellationToken cancellationToken)
    {
        if (!reference.StartsWith('#'))
        {
            var id = InputNames.Read("<objective>", () => ObjectiveId.Parse(reference));
            return await planner.GetObjectiveAsync(member, id, cancellationToken);
        }

        var objectives = await planner.ListObjectivesAsync(member, cancellationToken);
        var valid = int.TryParse(
            reference.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var position);
        if (!valid || position < 1 || position > objectives.Count)
        {
            throw new CpdValidationException(new ValidationError(
                "<objective>",
                ValidationRule.OutOfRange,
                $"'{reference}' is not an objective: use #1 to #{objectives.Count} as 'cpd plan list' shows, or an " +
                "objective id."));
        }

        return objectives[position - 1];
    }
}
