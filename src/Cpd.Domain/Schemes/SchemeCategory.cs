namespace Cpd.Domain.Schemes;

/// <summary>
/// One of a scheme's activity categories, and the record categories it accepts. Because each scheme maps
/// record categories to its own, one record serves two bodies whose category names differ.
/// </summary>
/// <param name="Id">A stable key, 1 to 64 lower-case letters, digits or hyphens, unique in the scheme.</param>
/// <param name="Name">The name a member sees, such as <c>Formal learning</c>.</param>
/// <param name="Phrase">
/// How a sentence names the category after "more hours of", such as <c>formal learning</c>.
/// </param>
/// <param name="Accepts">
/// The record categories that count here, matched ignoring case and surrounding spaces; a record category
/// may be accepted by one scheme category at most.
/// </param>
/// <param name="Minimum">The least a member must have in the category each cycle, if any.</param>
/// <param name="Maximum">The most that counts from the category each cycle, if capped; more is not counted.</param>
public sealed record SchemeCategory(
    string Id,
    string Name,
    string Phrase,
    IReadOnlyList<string> Accepts,
    decimal? Minimum = null,
    decimal? Maximum = null);
