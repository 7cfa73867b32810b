namespace Cpd.Portal.Tests.Browser;

/// <summary>The browser tests share one Chromium and run one at a time, after the other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserTests : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Browser";
}
