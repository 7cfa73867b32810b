using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Storage.Planning;

namespace Cpd.Storage.Json;

/// <summary>Turns a development plan into the store file's documents and back, checking every rule again.</summary>
internal static class PlanDocuments
{
    public static CpdPlanSet ToPlan(JsonStoreFileDocument document) => CpdPlanSet.Of(
        (document.Objectives ?? []).Select(ToObjective),
        (document.PlanReviews ?? []).Select(ToReview));

    public static List<ObjectiveDocument> ToDocuments(IEnumerable<DevelopmentObjective> objectives) =>
    [
        .. objectives.OrderBy(objective => objective.MemberId.Value, StringComparer.Ordinal)
            .ThenBy(objective => objective, CpdPlanOrder.Objectives)
            .Select(objective => new ObjectiveDocument
            {
                Id = objective.Id.Value,
                MemberId = objective.MemberId.Value,
                Title = objective.Title,
                Why = objective.Details.Why,
                TargetDate = objective.TargetDate,
                Serves = [.. objective.Details.Serves],
                Status = objective.Status.ToString(),
                CreatedAt = objective.CreatedAt,
                UpdatedAt = objective.UpdatedAt,
                Version = objective.Version,
            }),
    ];

    public static List<PlanReviewDocument> ToDocuments(IEnumerable<PlanReview> reviews) =>
    [
        .. reviews.OrderBy(review => review.MemberId.Value, StringComparer.Ordinal)
            .ThenBy(review => review, CpdPlanOrder.Reviews)
            .Select(review => new PlanReviewDocument
            {
                Id = review.Id,
                MemberId = review.MemberId.Value,
                ReviewedOn = review.ReviewedOn,
                Outcome = review.Outcome,
                RecordedAt = review.RecordedAt,
            }),
    ];

    private static DevelopmentObjective ToObjective(ObjectiveDocument document)
    {
        if (document.Serves is null || document.Serves.Contains(null!)
            || !Enum.TryParse<ObjectiveStatus>(document.Status, ignoreCase: false, out var status)
            || status.ToString() != document.Status)
        {
            throw new CpdStoreException($"Objective {document.Id} is damaged: its status or what it serves is unreadable.");
        }

        return DevelopmentObjective.Restore(new DevelopmentObjectiveState
        {
            Id = new ObjectiveId(document.Id),
            MemberId = MemberId.From(document.MemberId),
            Details = new ObjectiveDetails
            {
                Title = document.Title,
                Why = document.Why,
                TargetDate = document.TargetDate,
                Serves = [.. document.Serves],
                Status = status,
            },
            CreatedAt = document.CreatedAt,
            UpdatedAt = document.UpdatedAt,
            Version = document.Version,
        });
    }

    private static PlanReview ToReview(PlanReviewDocument document) => PlanReview.Restore(
        new PlanReview(document.Id, MemberId.From(document.MemberId), document.ReviewedOn, document.Outcome, document.RecordedAt));
}
