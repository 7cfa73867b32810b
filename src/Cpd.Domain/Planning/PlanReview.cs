using NodaTime;

namespace Cpd.Domain.Planning;

/// <summary>
/// A review of a member's development plan: when the member (perhaps with a mentor or manager) looked back
/// over their objectives, and what came of it. Reviews are kept as a history and never changed.
/// </summary>
/// <param name="Id">The review's id.</param>
/// <param name="MemberId">The member whose plan was reviewed.</param>
/// <param name="ReviewedOn">The date of the review, on the member's calendar.</param>
/// <param name="Outcome">What came of it, as the member wrote it.</param>
/// <param name="RecordedAt">When the review was recorded.</param>
public sealed record PlanReview(Guid Id, MemberId MemberId, LocalDate ReviewedOn, string Outcome, Instant RecordedAt)
{
    /// <summary>Records a review of the member's plan.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="reviewedOn">The date of the review.</param>
    /// <param name="outcome">What came of it; required.</param>
    /// <param name="clock">The clock that stamps the recording instant and the id.</param>
    /// <returns>The review.</returns>
    /// <exception cref="CpdValidationException">The date or outcome is invalid; every problem is listed.</exception>
    public static PlanReview Record(MemberId memberId, LocalDate reviewedOn, string? outcome, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetCurrentInstant();
        return Restore(new PlanReview(Guid.CreateVersion7(now.ToDateTimeOffset()), memberId, reviewedOn, outcome!, now));
    }

    /// <summary>Checks a review read back from a store.</summary>
    /// <param name="review">The stored review.</param>
    /// <returns>The same review when it is valid.</returns>
    /// <exception cref="CpdValidationException">The review breaks a rule; every problem is listed.</exception>
    public static PlanReview Restore(PlanReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        ValidationError?[] checks =
        [
            review.Id == Guid.Empty ? new ValidationError("reviewId", ValidationRule.Required, "A review id is required.") : null,
            review.MemberId == default ? new ValidationError("memberId", ValidationRule.Required, "A member id is required.") : null,
            DateRules.Check(ObjectiveFields.ReviewedOn, review.ReviewedOn),
            TextRules.IsBlank(review.Outcome)
                ? new ValidationError(ObjectiveFields.Outcome, ValidationRule.Required, "Say what came of the review.")
                : TextRules.CheckMultiLine(ObjectiveFields.Outcome, review.Outcome, PlanLimits.OutcomeMaxLength),
        ];
        var errors = checks.OfType<ValidationError>().ToList();
        return errors.Count == 0 ? review : throw new CpdValidationException(errors);
    }
}
