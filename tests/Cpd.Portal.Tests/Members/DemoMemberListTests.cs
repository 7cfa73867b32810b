using Cpd.Portal.Members;
using Cpd.Portal.Tests.Support;

namespace Cpd.Portal.Tests.Members;

public sealed class DemoMemberListTests
{
    private static readonly DemoMemberOptions Dana = new()
    {
        Id = "dana",
        Name = "Dana Whitfield",
        TimeZone = "America/Toronto",
        EmailAddress = "dana@example.org",
    };

    [Fact]
    public void From_NothingConfigured_OffersTheBuiltInThree()
    {
        var list = DemoMemberList.From([]);

        Assert.Equal(["amara", "ben", "chen"], list.All.Select(member => member.Id));
    }

    [Fact]
    public void From_AConfiguredMember_OffersItAfterTheBuiltInsWithItsAddress()
    {
        var list = DemoMemberList.From([Dana]);

        Assert.Equal(["amara", "ben", "chen", "dana"], list.All.Select(member => member.Id));
        var dana = list.Find("dana")!;
        Assert.Equal(
            ("Dana Whitfield", "America/Toronto", "dana@example.org"), (dana.Name, dana.TimeZoneId, dana.EmailAddress));
        Assert.Null(list.Find("nobody"));
    }

    [Fact]
    public void Problems_NamesEachUnusableEntryAndWhatToFix()
    {
        DemoMemberOptions[] configured =
        [
            Dana,
            new() { Id = "ben", Name = "Another Ben", TimeZone = "Europe/London", EmailAddress = "b@example.org" },
            new() { Id = "eve", Name = "Eve", TimeZone = "Mars/Olympus", EmailAddress = "eve@example.org" },
            new() { Id = "fay", Name = "Fay", TimeZone = "Europe/Paris" },
        ];

        var problems = DemoMemberList.Problems(configured);

        Assert.Equal(3, problems.Count);
        Assert.StartsWith("Cpd:DemoMembers:1: the id 'ben' is taken", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("Cpd:DemoMembers:2: TimeZone 'Mars/Olympus'", problems[1], StringComparison.Ordinal);
        Assert.StartsWith(
            "Cpd:DemoMembers:3: Name and EmailAddress are required", problems[2], StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => DemoMemberList.From(configured));
    }

    [Fact]
    public async Task ConfiguredMember_SignsInAndKeepsRecordsUnderItsId()
    {
        await using var portal = new PortalFactory(settings: new Dictionary<string, string>
        {
            ["Cpd:DemoMembers:0:Id"] = "dana",
            ["Cpd:DemoMembers:0:Name"] = "Dana Whitfield",
            ["Cpd:DemoMembers:0:TimeZone"] = "America/Toronto",
            ["Cpd:DemoMembers:0:EmailAddress"] = "dana@example.org",
        });
        using var client = new PortalClient(portal);

        await client.SignInAsync("dana");
        var record = await client.AddRecordAsync("Dana's first record");

        Assert.Equal("Dana's first record", record.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Dana Whitfield", (await client.GetPageAsync("/")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnusableConfiguredMember_StopsThePortalAtStartNamingIt()
    {
        var run = await PortalProcess.RunAsync(new Dictionary<string, string>
        {
            ["Cpd:DemoMembers:0:Id"] = "eve",
            ["Cpd:DemoMembers:0:Name"] = "Eve",
            ["Cpd:DemoMembers:0:TimeZone"] = "Mars/Olympus",
            ["Cpd:DemoMembers:0:EmailAddress"] = "eve@example.org",
        });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, line => line.StartsWith(
            "Cpd:DemoMembers:0: TimeZone 'Mars/Olympus'", StringComparison.Ordinal));
    }
}
