using NodaTime;

namespace Cpd.Domain.Tests.Support;

/// <summary>A moment and the time zone of the member living it.</summary>
/// <param name="Now">The instant.</param>
/// <param name="Zone">The member's zone.</param>
public sealed record MemberDay(Instant Now, DateTimeZone Zone)
{
    /// <summary>Gets the member's local date at <see cref="Now"/>.</summary>
    public LocalDate Today => Now.InZone(Zone).Date;

    public override string ToString() => $"{Now} in {Zone.Id} ({Today})";
}
