using System.Net;
using Cpd.Portal.Tests.Support;
using Cpd.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Cpd.Portal.Tests.Pages;

public sealed class ErrorModelTests
{
    [Fact]
    public async Task StoreOutOfReach_ShowsAPlainPageWithoutTheStoresError()
    {
        await using var portal = new PortalFactory(
            services: services => services.AddSingleton<ICpdRecordStore>(new UnreachableStore()));
        using var client = new PortalClient(portal);
        await client.SignInAsync("amara");

        var page = await client.GetPageAsync("/", HttpStatusCode.ServiceUnavailable);

        Assert.Equal("Your records are out of reach for a moment", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(UnreachableStore.Secret, page.Source.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("IOException", page.Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoreOutOfReach_WhenAddingARecord_ShowsThePlainPageToo()
    {
        await using var portal = new PortalFactory(
            services: services => services.AddSingleton<ICpdRecordStore>(new UnreachableStore()));
        using var client = new PortalClient(portal);
        await client.SignInAsync("ben");
        var form = RecordPages.NewRecordForm(await client.GetPageAsync("/records/new"));

        using var response = await client.SubmitAsync(form, Fields.Of(("Form.Title", "Kept in the browser meanwhile")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("nothing was changed", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(UnreachableStore.Secret, page.Source.Text, StringComparison.Ordinal);
    }
}
