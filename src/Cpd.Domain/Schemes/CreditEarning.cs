namespace Cpd.Domain.Schemes;

/// <summary>How a counted record earns credits: per hour at a rate, or a fixed amount per record.</summary>
/// <param name="Basis">Per hour or per record.</param>
/// <param name="Rate">Credits per hour, or per record; greater than zero.</param>
public sealed record CreditEarning(EarningBasis Basis, decimal Rate)
{
    /// <summary>Gets the usual earning of an hours scheme: one credit for each hour.</summary>
    public static CreditEarning OnePerHour { get; } = new(EarningBasis.PerHour, 1m);

    /// <summary>Gets the usual earning of a records scheme: one credit for each record.</summary>
    public static CreditEarning OnePerRecord { get; } = new(EarningBasis.PerRecord, 1m);

    /// <summary>Works out what a record with these hours earns.</summary>
    /// <param name="hours">The record's hours, if any.</param>
    /// <returns>The credits earned; zero for a per-hour earning when the hours are unknown.</returns>
    public decimal For(decimal? hours) =>
        Basis == EarningBasis.PerRecord ? Rate : (hours ?? 0m) * Rate;
}
