namespace Cpd.Domain.Schemes;

/// <summary>What one category of a scheme holds this cycle.</summary>
/// <param name="CategoryId">The category's id.</param>
/// <param name="Name">The category's name.</param>
/// <param name="Records">How many counted records fall in it.</param>
/// <param name="Earned">The credits those records earned.</param>
/// <param name="CarriedForward">The credits carried in from the previous cycle.</param>
/// <param name="Counted">
/// What counts: earned plus carried forward, capped at the category's maximum if it has one.
/// </param>
public sealed record CategoryTally(
    string CategoryId, string Name, int Records, decimal Earned, decimal CarriedForward, decimal Counted);
