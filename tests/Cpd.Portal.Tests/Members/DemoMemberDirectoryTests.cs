using Cpd.Domain;
using Cpd.Portal.Members;

namespace Cpd.Portal.Tests.Members;

public sealed class DemoMemberDirectoryTests
{
    [Fact]
    public async Task FindAsync_ADemoMember_GivesTheirNameAddressAndZone()
    {
        var directory = new DemoMemberDirectory(DemoMemberList.From([]));

        var chen = await directory.FindAsync(MemberId.From("chen"), TestContext.Current.CancellationToken);

        Assert.NotNull(chen);
        Assert.Equal(
            ("Chen Li", "chen.li@example.org", "Asia/Singapore"),
            (chen.DisplayName, chen.EmailAddress, chen.TimeZone.Id));
    }

    [Fact]
    public async Task FindAsync_SomeoneElse_FindsNobody()
    {
        var directory = new DemoMemberDirectory(DemoMemberList.From([]));

        Assert.Null(await directory.FindAsync(MemberId.From("mallory"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Create_AMemberWithAnUnusableAddress_IsRefusedNamingTheField()
    {
        var members = DemoMemberList.From([new DemoMemberOptions
        {
            Id = "dana", Name = "Dana", TimeZone = "Europe/London", EmailAddress = "not an address",
        }]);

        var refused = Assert.Throws<CpdValidationException>(() => new DemoMemberDirectory(members));

        Assert.Contains(refused.Errors, error => error.Field.Contains("mail", StringComparison.OrdinalIgnoreCase));
    }
}
