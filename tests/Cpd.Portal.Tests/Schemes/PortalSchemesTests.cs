using Cpd.Domain;
using Cpd.Portal.Schemes;
using Cpd.Portal.Tests.Support;

namespace Cpd.Portal.Tests.Schemes;

public sealed class PortalSchemesTests
{
    [Fact]
    public void Load_WithNoSchemes_UsesTheDefaultScheme()
    {
        var schemes = PortalSchemes.Load(new SchemeSettings(), AppContext.BaseDirectory);

        Assert.Equal(["cpd-default"], schemes.Schemes.Select(scheme => scheme.Id));
        Assert.Empty(schemes.EnrolmentsOf(MemberId.From("amara")));
    }

    [Fact]
    public void Load_AnEnrolmentWithAnExemption_ReadsTheMembership()
    {
        var settings = Settings("engineers-australia", new EnrolmentSettings
        {
            Scheme = "engineers-australia",
            Registered = "2024-07-01",
            Exemptions =
            [
                new ExemptionSettings
                {
                    Kind = "PartTime", Start = "2025-01-01", End = "2025-06-30", WorkingFraction = 0.6m,
                },
            ],
        });

        var schemes = PortalSchemes.Load(settings, AppContext.BaseDirectory);

        var enrolment = Assert.Single(schemes.EnrolmentsOf(MemberId.From("ben")));

        Assert.Equal("engineers-australia", enrolment.Scheme.Id);
        Assert.Equal(new NodaTime.LocalDate(2024, 7, 1), enrolment.Membership.Registered);
        Assert.Equal(0.6m, Assert.Single(enrolment.Membership.Exemptions).WorkingFraction);
    }

    [Fact]
    public void Load_ASchemeFile_ReadsItFromTheContentRoot()
    {
        var folder = Directory.CreateTempSubdirectory("cpd-portal-scheme-").FullName;
        File.WriteAllText(Path.Combine(folder, "body.json"), """
            { "format": "cpd-scheme/1", "id": "body-annual", "name": "Body annual", "version": 1,
              "framework": { "id": "cpd-reflection", "version": 1 }, "unit": "hours",
              "earning": { "per": "hour", "rate": 1 },
              "cycle": { "lengthMonths": 12, "anchor": "fixed", "month": 4, "day": 1 },
              "categories": [ { "id": "all", "name": "All", "accepts": ["Professional"], "minimum": 10 } ] }
            """);

        var schemes = PortalSchemes.Load(new SchemeSettings { Schemes = ["cpd-default", "body.json"] }, folder);

        Assert.Equal(["cpd-default", "body-annual"], schemes.Schemes.Select(scheme => scheme.Id));
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("nmc-revalidaton", null, "Cpd:Schemes:0 is 'nmc-revalidaton', which is not a shipped scheme")]
    [InlineData("missing/body.json", null, "Cpd:Schemes:0 names the scheme file")]
    [InlineData("cpd-default", "2019-13-01", "Cpd:Enrolments:ben:0:Registered is '2019-13-01', which is not a date")]
    public void Load_BadSettings_SaysWhichKeyIsWrong(string scheme, string? registered, string expected)
    {
        var settings = Settings(scheme, new EnrolmentSettings { Scheme = "cpd-default", Registered = registered });

        var refused = Assert.Throws<SchemeSettingsException>(() => Load(settings));

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AnEnrolmentInAnUnconfiguredSchemeOrForAnUnknownMember_IsRefused()
    {
        var unconfigured = Settings("cpd-default", new EnrolmentSettings { Scheme = "nmc-revalidation" });
        var stranger = new SchemeSettings
        {
            Enrolments = new() { ["zed"] = [new EnrolmentSettings { Scheme = "cpd-default" }] },
        };

        var first = Assert.Throws<SchemeSettingsException>(() => Load(unconfigured));
        var second = Assert.Throws<SchemeSettingsException>(() => Load(stranger));

        Assert.Contains(
            "Cpd:Enrolments:ben:0:Scheme is 'nmc-revalidation', which is not one of the configured", first.Message);
        Assert.Contains("Cpd:Enrolments:zed names 'zed', who is not one of the members", second.Message);
    }

    [Fact]
    public void Load_SeveralBadExemptionsAndDates_ListsEveryProblemUnderItsSettingKey()
    {
        var settings = new SchemeSettings
        {
            Schemes = ["cpd-default", "engineers-australia"],
            Enrolments = new()
            {
                ["ben"] =
                [
                    new EnrolmentSettings { Scheme = "cpd-default", Registered = "2024-02-30" },
                    new EnrolmentSettings
                    {
                        Scheme = "engineers-australia",
                        Registered = "2024-07-01",
                        Exemptions =
                        [
                            new ExemptionSettings
                            {
                                Kind = "PartTime", Start = "2025-01-01", End = "2025-06-30", WorkingFraction = 1.5m,
                            },
                            new ExemptionSettings { Kind = "CareerBreak", Start = "2025-09-01", End = "2025-08-01" },
                        ],
                    },
                ],
            },
        };

        var refused = Assert.Throws<SchemeSettingsException>(() => Load(settings));

        Assert.Collection(
            refused.Problems,
            problem => Assert.StartsWith("Cpd:Enrolments:ben:0:Registered is '2024-02-30'", problem),
            problem => Assert.StartsWith("Cpd:Enrolments:ben:1:Exemptions:0:WorkingFraction must be above 0", problem),
            problem => Assert.StartsWith("Cpd:Enrolments:ben:1:Exemptions:1:End must not be before", problem));
    }

    [Fact]
    public void Load_ARegistrationCycleWithoutARegistrationDate_IsRefused()
    {
        var settings = Settings("engineers-australia", new EnrolmentSettings { Scheme = "engineers-australia" });

        var refused = Assert.Throws<SchemeSettingsException>(() => Load(settings));

        Assert.Contains("Cpd:Enrolments:ben:0:Registered is missing", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Portal_WithABadSchemeSetting_DoesNotStartAndSaysWhy()
    {
        var run = await PortalProcess.RunAsync(new Dictionary<string, string>
        {
            ["Cpd:Enrolments:chen:0:Scheme"] = "acca-unit-route",
        });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, line => line.StartsWith(
            "Cpd:Enrolments:chen:0:Scheme is 'acca-unit-route'", StringComparison.Ordinal));
    }

    private static PortalSchemes Load(SchemeSettings settings) =>
        PortalSchemes.Load(settings, AppContext.BaseDirectory);

    private static SchemeSettings Settings(string scheme, EnrolmentSettings enrolment) => new()
    {
        Schemes = [scheme],
        Enrolments = new() { ["ben"] = [enrolment] },
    };
}
