namespace Cpd.Portal.Members;

/// <summary>
/// The built-in members of the demo sign-in; configuration may add more (<see cref="DemoMemberList"/>).
/// </summary>
public static class DemoMembers
{
    /// <summary>Gets the built-in members, in the order the sign-in page lists them.</summary>
    public static IReadOnlyList<DemoMember> All { get; } =
    [
        new("amara", "Dr Amara Okafor", "Europe/London", "Physicist in instrumentation; holds the sample log", true,
            "amara.okafor@example.org"),
        new("ben", "Ben Carter", "Europe/London", "Chartered engineer; no records yet", false,
            "ben.carter@example.org"),
        new("chen", "Chen Li", "Asia/Singapore", "Analytical chemist; no records yet", false,
            "chen.li@example.org"),
    ];
}
