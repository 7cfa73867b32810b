using Cpd.Domain;
using Cpd.Portal.Hosting;

namespace Cpd.Portal.Members;

/// <summary>
/// The members the demo sign-in offers: the built-in three (<see cref="DemoMembers"/>) followed by those the
/// <c>Cpd:DemoMembers</c> configuration adds.
/// </summary>
public sealed class DemoMemberList
{
    private readonly Dictionary<string, DemoMember> _byId;

    private DemoMemberList(IReadOnlyList<DemoMember> all)
    {
        All = all;
        _byId = all.ToDictionary(member => member.Id, StringComparer.Ordinal);
    }

    /// <summary>Gets the members, in the order the sign-in page lists them.</summary>
    public IReadOnlyList<DemoMember> All { get; }

    /// <summary>Makes the list from the configured members, checking each of them.</summary>
    /// <param name="configured">The members the configuration adds; may be empty.</param>
    /// <returns>The list.</returns>
    /// <exception cref="InvalidOperationException">
    /// A configured member is unusable (see <see cref="Problems"/>); the message names each such entry.
    /// </exception>
    public static DemoMemberList From(IEnumerable<DemoMemberOptions> configured)
    {
        var (members, problems) = Read(configured);
        return problems.Count == 0
            ? new DemoMemberList(members)
            : throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// Checks the configured members: each needs an id no other member has, a name, an email address and a
    /// known IANA time zone.
    /// </summary>
    /// <param name="configured">The members the configuration adds.</param>
    /// <returns>
    /// One line per unusable entry, naming it (<c>Cpd:DemoMembers:2: …</c>); empty when all are usable.
    /// </returns>
    public static IReadOnlyList<string> Problems(IEnumerable<DemoMemberOptions> configured) =>
        Read(configured).Problems;

    /// <summary>Finds a member by id.</summary>
    /// <param name="id">The member id.</param>
    /// <returns>The member, or <see langword="null"/> when there is none with that id.</returns>
    public DemoMember? Find(string? id) => id is not null && _byId.TryGetValue(id, out var member) ? member : null;

    private static (List<DemoMember> Members, List<string> Problems) Read(IEnumerable<DemoMemberOptions> configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var members = new List<DemoMember>(DemoMembers.All);
        var problems = new List<string>();
        foreach (var (options, index) in configured.Select((options, index) => (options, index)))
        {
            if (Problem(options, members) is { } problem)
            {
                problems.Add($"{PortalOptions.Section}:{nameof(PortalOptions.DemoMembers)}:{index}: {problem}");
            }
            else
            {
                members.Add(ToMember(options));
            }
        }

        return (members, problems);
    }

    private static string? Problem(DemoMemberOptions options, List<DemoMember> earlier)
    {
        if (!MemberId.TryFrom(options.Id, out _))
        {
            return $"Id '{options.Id}' is not a usable member id (required, one line, no spaces around it).";
        }

        if (earlier.Any(member => member.Id == options.Id))
        {
            return $"the id '{options.Id}' is taken by an earlier member.";
        }

        if (string.IsNullOrWhiteSpace(options.Name) || string.IsNullOrWhiteSpace(options.EmailAddress))
        {
            return "Name and EmailAddress are required.";
        }

        return options.TimeZone is { } zone && NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is not null
            ? null
            : $"TimeZone '{options.TimeZone}' is not an IANA time zone id such as Europe/London.";
    }

    private static DemoMember ToMember(DemoMemberOptions options) => new(
        options.Id!,
        options.Name!.Trim(),
        options.TimeZone!,
        options.Profession?.Trim() ?? "Demo member",
        HoldsSampleLog: false,
        options.EmailAddress!.Trim());
}
