namespace Cpd.MultiHost.Tests.Hosts;

/// <summary>A member the hosts' demo sign-in is configured with, for the load.</summary>
internal sealed record LoadMember(string Id, string Name, string TimeZone)
{
    /// <summary>Gets twelve members, in four time zones.</summary>
    public static IReadOnlyList<LoadMember> Twelve { get; } =
    [
        .. Enumerable.Range(1, 12).Select(number => new LoadMember(
            $"load-{number:00}",
            $"Load Member {number:00}",
            Zones[number % Zones.Length])),
    ];

    public string EmailAddress => $"{Id}@members.example.org";

    private static string[] Zones => ["Europe/London", "Asia/Singapore", "America/New_York", "Pacific/Auckland"];
}
