namespace Cpd.Domain.Schemes;

/// <summary>
/// How a scheme reduces its minimums, pro rata, for a member's exemption periods such as a career break or
/// part-time work.
/// </summary>
/// <param name="MinimumDays">
/// The shortest exemption period that reduces anything, in days (for example 90 for "at least three months");
/// 0 lets every period count.
/// </param>
public sealed record ExemptionPolicy(int MinimumDays);
