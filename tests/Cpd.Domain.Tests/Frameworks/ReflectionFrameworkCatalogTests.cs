using Cpd.Domain.Frameworks;

namespace Cpd.Domain.Tests.Frameworks;

public sealed class ReflectionFrameworkCatalogTests
{
    private static readonly ReflectionFramework Version1 = new("body", 1, "Body v1", [new("goal", "Goal?")]);
    private static readonly ReflectionFramework Version2 = new("body", 2, "Body v2", [new("aim", "Aim?")]);

    [Fact]
    public void Default_HoldsOnlyTheSevenQuestions()
    {
        var catalog = ReflectionFrameworkCatalog.Default;

        Assert.Same(ReflectionFrameworks.Default, catalog.Current);
        Assert.Equal([ReflectionFrameworks.Default], catalog.All);
        Assert.Same(ReflectionFrameworks.Default, catalog.Get(ReflectionFrameworks.DefaultId, 1));
    }

    [Fact]
    public void Find_OlderVersion_IsStillFound()
    {
        var catalog = new ReflectionFrameworkCatalog(Version2, Version1, ReflectionFrameworks.Default);

        Assert.Same(Version2, catalog.Current);
        Assert.Same(Version1, catalog.Find("body", 1));
        Assert.Same(Version2, catalog.Get("body", 2));
        Assert.Equal(3, catalog.All.Count());
    }

    [Theory]
    [InlineData("body", 3)]
    [InlineData("other", 1)]
    [InlineData("BODY", 1)]
    public void Get_UnknownFramework_ThrowsUnknownFramework(string id, int version)
    {
        var catalog = new ReflectionFrameworkCatalog(Version2, Version1);

        var error = Assert.Throws<CpdValidationException>(() => catalog.Get(id, version));

        Assert.Null(catalog.Find(id, version));
        Assert.Equal(("framework", ValidationRule.UnknownFramework), (error.Errors[0].Field, error.Errors[0].Rule));
    }

    [Fact]
    public void Constructor_SameFrameworkTwice_IsRefused()
    {
        var copy = new ReflectionFramework("body", 1, "Body again", [new("goal", "Goal?")]);

        Assert.Throws<ArgumentException>(() => new ReflectionFrameworkCatalog(Version1, copy));
    }
}
