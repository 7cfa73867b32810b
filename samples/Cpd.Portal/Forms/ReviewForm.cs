using Cpd.Domain.Planning;

namespace Cpd.Portal.Forms;

/// <summary>A plan review as the member typed it: when, and what came of it.</summary>
public sealed class ReviewForm
{
    /// <summary>The library's review fields, mapped to this form's fields.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ObjectiveFields.ReviewedOn] = nameof(ReviewedOn),
            [ObjectiveFields.Outcome] = nameof(Outcome),
        };

    /// <summary>Gets or sets the date of the review, <c>yyyy-MM-dd</c>.</summary>
    public string? ReviewedOn { get; set; }

    /// <summary>Gets or sets what came of the review.</summary>
    public string? Outcome { get; set; }
}
