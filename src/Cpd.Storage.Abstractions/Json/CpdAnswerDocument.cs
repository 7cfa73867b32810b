using NodaTime;

namespace Cpd.Storage.Json;

/// <summary>The serialised shape of one saved answer.</summary>
public sealed class CpdAnswerDocument
{
    /// <summary>Gets or sets the answer text.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>Gets or sets when it was saved.</summary>
    public Instant SavedAt { get; set; }

    /// <summary>Gets or sets the record version that saved it.</summary>
    public long Revision { get; set; }
}
