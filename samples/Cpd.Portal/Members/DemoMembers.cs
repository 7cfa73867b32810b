namespace Cpd.Portal.Members;

/// <summary>The seeded members of the demo sign-in.</summary>
public static class DemoMembers
{
    /// <summary>Gets the members, in the order the sign-in page lists them.</summary>
    public static IReadOnlyList<DemoMember> All { get; } =
    [
        new("amara", "Dr Amara Okafor", "Europe/London", "Physicist in instrumentation; holds the sample log", true),
        new("ben", "Ben Carter", "Europe/London", "Chartered engineer; no records yet", false),
        new("chen", "Chen Li", "Asia/Singapore", "Analytical chemist; no records yet", false),
    ];

    /// <summary>Finds a demo member by id.</summary>
    /// <param name="id">The member id.</param>
    /// <returns>The member, or <see langword="null"/> when there is none with that id.</returns>
    public static DemoMember? Find(string? id) =>
        All.FirstOrDefault(member => string.Equals(member.Id, id, StringComparison.Ordinal));
}
