namespace Cpd.MultiHost.Tests.Hosts;

/// <summary>
/// Several portal hosts over one database. The first starts alone and serves a page before the others start, so
/// that the key ring they share holds its first key before anyone reads it. Disposing kills every host.
/// </summary>
internal sealed class PortalHosts : IAsyncDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(60);

    private readonly List<PortalProcess> _processes = [];
    private readonly List<Uri> _addresses = [];

    private PortalHosts()
    {
    }

    public IReadOnlyList<Uri> Addresses => _addresses;

    /// <summary>Gets the processor time all hosts have used so far.</summary>
    public TimeSpan ProcessorTime => _processes.Aggregate(TimeSpan.Zero, (sum, host) => sum + host.ProcessorTime);

    /// <summary>Gets what every host wrote lately, for a failure message.</summary>
    public string Output => string.Join(
        Environment.NewLine, _processes.Select(host => $"--- {host.Name} ---{Environment.NewLine}{host.Output}"));

    public static async Task<PortalHosts> StartAsync(int count, HostSettings settings, CancellationToken token)
    {
        var hosts = new PortalHosts();
        try
        {
            await hosts.StartFirstAsync(settings, token);
            var others = Enumerable.Range(2, count - 1).Select(number => hosts.Launch(number, settings)).ToList();
            foreach (var host in others)
            {
                hosts._addresses.Add(await host.WaitUntilServingAsync(StartPatience, token));
            }

            return hosts;
        }
        catch
        {
            await hosts.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _processes)
        {
            await host.DisposeAsync();
        }
    }

    private async Task StartFirstAsync(HostSettings settings, CancellationToken token)
    {
        var address = await Launch(1, settings).WaitUntilServingAsync(StartPatience, token);
        using var client = new HttpClient(settings.Certificate.Handler());
        using var signIn = await client.GetAsync(new Uri(address, "/sign-in"), token);
        signIn.EnsureSuccessStatusCode();
        _addresses.Add(address);
    }

    private PortalProcess Launch(int number, HostSettings settings)
    {
        var name = $"portal-{number}";
        var host = PortalProcess.Start(name, settings.For(name));
        _processes.Add(host);
        return host;
    }
}
