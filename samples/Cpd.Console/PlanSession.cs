using Cpd.Domain;
using Cpd.Storage.Planning;

namespace Cpd.Console;

/// <summary>The development plan of the session's member, kept in the same store as their records.</summary>
internal static class PlanSession
{
    public static CpdPlanner Planner(this ConsoleSession session) =>
        new(session.Store as ICpdPlanStore ?? throw NoPlans(), session.Journal, session.Clock);

    private static CpdValidationException NoPlans() => new(new ValidationError(
        "store",
        ValidationRule.OutOfRange,
        "This store does not keep development plans: choose another with --store."));
}
