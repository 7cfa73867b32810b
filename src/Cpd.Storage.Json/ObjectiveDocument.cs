using NodaTime;

namespace Cpd.Storage.Json;

/// <summary>The serialised shape of one development objective.</summary>
internal sealed class ObjectiveDocument
{
    public Guid Id { get; set; }

    public string MemberId { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Why { get; set; } = string.Empty;

    public LocalDate? TargetDate { get; set; }

    public List<string> Serves { get; set; } = [];

    public string Status { get; set; } = string.Empty;

    public Instant CreatedAt { get; set; }

    public Instant UpdatedAt { get; set; }

    public long Version { get; set; }
}
