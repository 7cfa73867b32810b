using Cpd.Domain;
using Cpd.Domain.Schemes;
using Cpd.Portal.Members;
using Cpd.Schemes;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Portal.Schemes;

/// <summary>
/// The schemes the portal's body uses and each member's enrolments in them, read and checked once from the
/// configuration: a wrong id, path, date or exemption stops the portal at start-up with a message naming the key.
/// </summary>
public sealed class PortalSchemes
{
    private const string Key = "Cpd";

    private readonly IReadOnlyDictionary<string, IReadOnlyList<SchemeEnrolment>> _enrolments;

    private PortalSchemes(
        IReadOnlyList<CpdScheme> schemes, IReadOnlyDictionary<string, IReadOnlyList<SchemeEnrolment>> enrolments)
    {
        Schemes = schemes;
        _enrolments = enrolments;
    }

    /// <summary>Gets the body's schemes, in the configured order.</summary>
    public IReadOnlyList<CpdScheme> Schemes { get; }

    /// <summary>Gets a member's enrolments; none when the member has no configured enrolment.</summary>
    /// <param name="memberId">The member.</param>
    /// <returns>The enrolments, in the configured order.</returns>
    public IReadOnlyList<SchemeEnrolment> EnrolmentsOf(MemberId memberId) =>
        _enrolments.GetValueOrDefault(memberId.Value) ?? [];

    /// <summary>Reads and checks the configuration.</summary>
    /// <param name="settings">The configured schemes and enrolments.</param>
    /// <param name="contentRoot">The folder a relative scheme file path is taken from.</param>
    /// <returns>The schemes and enrolments.</returns>
    /// <exception cref="InvalidOperationException">
    /// Something configured is wrong; the message says what and where.
    /// </exception>
    public static PortalSchemes Load(SchemeSettings settings, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var ids = settings.Schemes is { Count: > 0 } configured ? configured : [SchemeCatalog.DefaultId];
        var schemes = ids.Select((entry, index) => LoadScheme(entry, $"{Key}:Schemes:{index}", contentRoot)).ToList();
        var catalog = Catalog(schemes);
        var enrolments = (settings.Enrolments ?? []).ToDictionary(
            member => member.Key,
            member => Enrol(member.Key, member.Value ?? [], catalog),
            StringComparer.Ordinal);
        return new PortalSchemes(schemes, enrolments);
    }

    private static CpdScheme LoadScheme(string? entry, string key, string contentRoot)
    {
        var text = entry?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw Problem(key, "is empty; give a shipped scheme id such as 'cpd-default' or a scheme file's path.");
        }

        if (!text.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return SchemeCatalog.Shipped.Find(text) ?? throw Problem(key, $"is '{text}', which is not a shipped "
                + $"scheme; shipped schemes are {string.Join(", ", SchemeCatalog.Shipped.All.Select(s => s.Id))}, "
                + "and a scheme file's path ends in .json.");
        }

        var path = Path.GetFullPath(Path.Combine(contentRoot, text));
        try
        {
            return SchemeReader.ReadFile(path);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or CpdSchemeException)
        {
            throw Problem(key, $"names the scheme file '{path}', which cannot be used: {failure.Message}");
        }
    }

    private static SchemeCatalog Catalog(List<CpdScheme> schemes)
    {
        try
        {
            return new SchemeCatalog(schemes);
        }
        catch (CpdSchemeException repeated)
        {
            throw Problem($"{Key}:Schemes", $"names a scheme twice: {repeated.Message}");
        }
    }

    private static IReadOnlyList<SchemeEnrolment> Enrol(
        string memberId, List<EnrolmentSettings> entries, SchemeCatalog catalog)
    {
        var key = $"{Key}:Enrolments:{memberId}";
        // Enrolments are for the built-in demo members; members added through Cpd:DemoMembers have none.
        if (!DemoMembers.All.Any(member => string.Equals(member.Id, memberId, StringComparison.Ordinal)))
        {
            throw Problem(key, $"names '{memberId}', who is not one of the members "
                + $"({string.Join(", ", DemoMembers.All.Select(member => member.Id))}).");
        }

        return [.. entries.Select((entry, index) => Enrolment(entry, $"{key}:{index}", catalog))];
    }

    private static SchemeEnrolment Enrolment(EnrolmentSettings entry, string key, SchemeCatalog catalog)
    {
        var id = entry.Scheme?.Trim() ?? string.Empty;
        var scheme = catalog.Find(id) ?? throw Problem($"{key}:Scheme", $"is '{id}', which is not one of the "
            + $"configured schemes ({string.Join(", ", catalog.All.Select(known => known.Id))}).");
        var registered = Date(entry.Registered, $"{key}:Registered");
        if (registered is null && scheme.Cycle.NeedsRegistration)
        {
            throw Problem(
                $"{key}:Registered", $"is missing: the cycles of '{id}' are counted from the registration date.");
        }

        var membership = new SchemeMembership
        {
            Registered = registered,
            Exemptions =
            [
                .. (entry.Exemptions ?? []).Select((period, index) => Exemption(period, $"{key}:Exemptions:{index}")),
            ],
        };
        var problems = membership.Validate();
        return problems.Count == 0
            ? new SchemeEnrolment(scheme, membership)
            : throw Problem(key, string.Join(" ", problems.Select(error => $"{error.Field} {error.Message}")));
    }

    private static SchemeExemption Exemption(ExemptionSettings period, string key)
    {
        var kind = Enum.TryParse<ExemptionKind>(period.Kind, ignoreCase: true, out var parsed)
            && Enum.IsDefined(parsed)
                ? parsed
                : throw Problem($"{key}:Kind", $"is '{period.Kind}'; it must be CareerBreak or PartTime.");
        var start = Date(period.Start, $"{key}:Start") ?? throw Problem($"{key}:Start", "is required.");
        var end = Date(period.End, $"{key}:End") ?? throw Problem($"{key}:End", "is required.");
        return new SchemeExemption(kind, start, end, period.WorkingFraction);
    }

    private static LocalDate? Date(string? text, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text.Trim());
        return result.Success
            ? result.Value
            : throw Problem(key, $"is '{text}', which is not a date such as 2024-09-01 (year, month, day).");
    }

    private static InvalidOperationException Problem(string key, string message) =>
        new($"The portal's scheme configuration is wrong: {key} {message}");
}
