using System.Security.Claims;
using Cpd.Domain;
using NodaTime;

namespace Cpd.Portal.Members;

/// <summary>The member behind a request, read from the claims the sign-in wrote.</summary>
/// <param name="Id">The member id.</param>
/// <param name="Name">The name to show.</param>
/// <param name="TimeZone">The member's time zone.</param>
public sealed record SignedInMember(MemberId Id, string Name, DateTimeZone TimeZone)
{
    /// <summary>The claim that holds the member's IANA time zone.</summary>
    public const string TimeZoneClaim = "cpd:time-zone";

    /// <summary>Reads the member from a signed-in principal.</summary>
    /// <param name="user">The request's user.</param>
    /// <returns>The member.</returns>
    /// <exception cref="InvalidOperationException">The user is not signed in as a member.</exception>
    public static SignedInMember From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("The request has no signed-in member.");
        var zone = MemberTimeZone.Resolve(user.FindFirstValue(TimeZoneClaim));
        return new SignedInMember(MemberId.From(id), user.Identity?.Name ?? id, zone);
    }

    /// <summary>Builds the principal the demo sign-in writes into its cookie.</summary>
    /// <param name="member">The member signing in.</param>
    /// <param name="scheme">The authentication scheme.</param>
    /// <returns>The principal.</returns>
    public static ClaimsPrincipal Principal(DemoMember member, string scheme)
    {
        ArgumentNullException.ThrowIfNull(member);
        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, member.Id),
            new(ClaimTypes.Name, member.Name),
            new(TimeZoneClaim, member.TimeZoneId),
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>Gets today on the member's own calendar.</summary>
    /// <param name="clock">The portal's clock.</param>
    /// <returns>The member's date.</returns>
    public LocalDate Today(IClock clock) => MemberTimeZone.Today(clock, TimeZone);
}
