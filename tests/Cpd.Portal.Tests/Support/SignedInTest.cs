namespace Cpd.Portal.Tests.Support;

/// <summary>A test with its own portal, signed in as a member with no records (Ben).</summary>
public abstract class SignedInTest : IAsyncLifetime
{
    internal PortalFactory Portal { get; } = new();

    internal PortalClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Client = new PortalClient(Portal);
        await Client.SignInAsync("ben");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Portal.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
