using System.Text.RegularExpressions;
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

    // The domain names an exemption's field exemptions[0].workingFraction; the setting is Exemptions:0:WorkingFraction.
    private static readonly Regex ExemptionField = new(
        @"^exemptions\[(?<index>\d+)\](?:\.(?<field>\w+))?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

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
    /// <exception cref="SchemeSettingsException">
    /// Something configured is wrong; each problem says what and where. Enrolments are checked once every
    /// scheme loads.
    /// </exception>
    public static PortalSchemes Load(SchemeSettings settings, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = new List<string>();
        var ids = settings.Schemes is { Count: > 0 } configured ? configured : [SchemeCatalog.DefaultId];
        var schemes = ids.Select((entry, index) => Attempt(
            () => LoadScheme(entry, $"{Key}:Schemes:{index}", contentRoot), problems)).OfType<CpdScheme>().ToList();
        var catalog = problems.Count == 0 ? Attempt(() => Catalog(schemes), problems) : null;
        if (catalog is null)
        {
            throw new SchemeSettingsException(problems);
        }

        var enrolments = (settings.Enrolments ?? []).ToDictionary(
            member => member.Key,
            member => Enrol(member.Key, member.Value ?? [], catalog, problems),
            StringComparer.Ordinal);
        return problems.Count == 0
            ? new PortalSchemes(schemes, enrolments)
            : throw new SchemeSettingsException(problems);
    }

    private static T? Attempt<T>(Func<T> read, List<string> problems)
        where T : class
    {
        try
        {
            return read();
        }
        catch (SchemeSettingsException wrong)
        {
            problems.AddRange(wrong.Problems);
            return null;
        }
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
        string memberId, List<EnrolmentSettings> entries, SchemeCatalog catalog, List<string> problems)
    {
        var key = $"{Key}:Enrolments:{memberId}";
        // Enrolments are for the built-in demo members; members added through Cpd:DemoMembers have none.
        if (!DemoMembers.All.Any(member => string.Equals(member.Id, memberId, StringComparison.Ordinal)))
        {
            problems.Add($"{key} names '{memberId}', who is not one of the members "
                + $"({string.Join(", ", DemoMembers.All.Select(member => member.Id))}).");
            return [];
        }

        return
        [
            .. entries.Select((entry, index) => Attempt(() => Enrolment(entry, $"{key}:{index}", catalog), problems))
                .OfType<SchemeEnrolment>(),
        ];
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
            : throw new SchemeSettingsException(
                [.. problems.Select(error => $"{SettingKey(key, error.Field)} {error.Message}")]);
    }

    private static string SettingKey(string enrolmentKey, string field)
    {
        var match = ExemptionField.Match(field);
        if (!match.Success)
        {
            return $"{enrolmentKey}:{field}";
        }

        var name = match.Groups["field"].Value;
        var member = name.Length == 0 ? string.Empty : $":{char.ToUpperInvariant(name[0])}{name[1..]}";
        return $"{enrolmentKey}:Exemptions:{match.Groups["index"].Value}{member}";
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

    private static SchemeSettingsException Problem(string key, string message) => new([$"{key} {message}"]);
}
