using NodaTime;

namespace Cpd.Storage.Json;

/// <summary>The serialised dispatch state of one reminder.</summary>
internal sealed class ReminderStateDocument
{
    public Guid RecordId { get; set; }

    public LocalDate ReminderDate { get; set; }

    public string? ClaimedBy { get; set; }

    public Instant ClaimExpiresAt { get; set; }

    public int Attempts { get; set; }

    public Instant? SentAt { get; set; }
}
