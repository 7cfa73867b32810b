using Cpd.Domain;

namespace Cpd.Portal.Members;

/// <summary>A member the demo sign-in offers. A real portal has its own members and its own sign-in.</summary>
/// <param name="Id">The member id records are kept under.</param>
/// <param name="Name">The name shown on the pages and in reports.</param>
/// <param name="TimeZoneId">The member's IANA time zone: their calendar decides what is overdue.</param>
/// <param name="Profession">A line about the member, shown on the sign-in page.</param>
/// <param name="HoldsSampleLog">Whether the member starts with the repository's sample log.</param>
/// <param name="EmailAddress">Where the member's reminders are emailed, when the portal sends reminders.</param>
public sealed record DemoMember(
    string Id, string Name, string TimeZoneId, string Profession, bool HoldsSampleLog, string EmailAddress)
{
    /// <summary>Gets the member id as the library takes it.</summary>
    public MemberId MemberId => MemberId.From(Id);
}
