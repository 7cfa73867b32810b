using Cpd.Domain;
using Cpd.Domain.Schemes;

namespace Cpd.Schemes.Tests;

public sealed class SchemeCatalogTests
{
    [Fact]
    public void Shipped_DefaultAndFourModelledSchemes_EachCitesItsSource()
    {
        var schemes = SchemeCatalog.Shipped.All;

        Assert.Equal(
            ["cpd-default", "acca-unit-route", "engineers-australia", "nmc-revalidation", "rcpi-professional-competence"],
            schemes.Select(scheme => scheme.Id));
        Assert.All(
            schemes.Skip(1),
            scheme => Assert.StartsWith("http", scheme.Definition.Source!.Url.Scheme, StringComparison.Ordinal));
    }

    [Fact]
    public void Get_UnknownId_ListsTheKnownSchemes()
    {
        var error = Assert.Throws<CpdValidationException>(() => SchemeCatalog.Shipped.Get("iop"));

        Assert.Equal(("scheme", ValidationRule.OutOfRange), (error.Errors[0].Field, error.Errors[0].Rule));
        Assert.Contains("nmc-revalidation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_SchemeOfAnExistingId_IsRefused()
    {
        var again = SchemeCatalog.Shipped.Get(SchemeCatalog.DefaultId);

        Assert.Throws<CpdSchemeException>(() => SchemeCatalog.Shipped.With(again));
    }
}
