namespace Cpd.Portal.Members;

/// <summary>
/// One more member for the demo sign-in, from configuration (<c>Cpd:DemoMembers:0:Id</c>, …): for a demonstration
/// to a body with its own people, or a load test with many members.
/// </summary>
public sealed class DemoMemberOptions
{
    /// <summary>Gets or sets the member id records are kept under.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the name shown on the pages, in reports and in reminders.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the member's IANA time zone, such as <c>Europe/London</c>.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Gets or sets where the member's reminders are emailed.</summary>
    public string? EmailAddress { get; set; }

    /// <summary>Gets or sets a line about the member for the sign-in page; may be left out.</summary>
    public string? Profession { get; set; }
}
