using Cpd.Portal.Tests.Support;

namespace Cpd.Portal.Tests.Hosting;

public sealed class StartupProblemsTests
{
    [Fact]
    public async Task Portal_WithBadSchemeSettings_SaysEachProblemByItsKeyAndExitsWithoutAStackTrace()
    {
        var run = await PortalProcess.RunAsync(new Dictionary<string, string>
        {
            ["Cpd:Enrolments:ben:1:Exemptions:0:WorkingFraction"] = "1.5",
            ["Cpd:Enrolments:amara:0:Registered"] = "2018-13-01",
        });

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(3, run.ErrorLines.Count);
        Assert.Equal("The portal did not start: these settings are wrong.", run.ErrorLines[0]);
        Assert.Contains(run.ErrorLines, line => line.StartsWith(
            "Cpd:Enrolments:ben:1:Exemptions:0:WorkingFraction must be above 0", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, line => line.StartsWith(
            "Cpd:Enrolments:amara:0:Registered is '2018-13-01'", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Errors + run.Output, StringComparison.Ordinal);
    }
}
