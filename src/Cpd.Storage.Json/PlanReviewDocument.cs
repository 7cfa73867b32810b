using NodaTime;

namespace Cpd.Storage.Json;

/// <summary>The serialised shape of one review of a member's development plan.</summary>
internal sealed class PlanReviewDocument
{
    public Guid Id { get; set; }

    public string MemberId { get; set; } = string.Empty;

    public LocalDate ReviewedOn { get; set; }

    public string Outcome { get; set; } = string.Empty;

    public Instant RecordedAt { get; set; }
}
