using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Portal.Tests.Support;

/// <summary>
/// The portal in process over a fresh data folder, with a fake clock in place of the real one. Served through
/// the test server for HTTP tests, or by Kestrel on a free loopback port for the browser.
/// </summary>
internal sealed class PortalFactory : WebApplicationFactory<Program>
{
    /// <summary>Noon in London on the README's demo date, 3 December 2026.</summary>
    public static readonly Instant DefaultStart = Instant.FromUtc(2026, 12, 3, 12, 0);

    private readonly string _store;
    private readonly TimeSpan? _signInLifetime;
    private readonly bool _ownsData;
    private readonly Action<IServiceCollection>? _services;
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <summary>
    /// Creates the portal over a fresh data folder, or over a given one that the caller owns, with services
    /// replaced and settings added as a test needs.
    /// </summary>
    public PortalFactory(
        string store = "sqlite",
        Instant? start = null,
        TimeSpan? signInLifetime = null,
        string? dataDirectory = null,
        Action<IServiceCollection>? services = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        _services = services;
        _settings = settings ?? new Dictionary<string, string>();
        _store = store;
        _signInLifetime = signInLifetime;
        _ownsData = dataDirectory is null;
        Clock = new FakeClock(start ?? DefaultStart);
        DataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("cpd-portal-tests-").FullName;
    }

    public FakeClock Clock { get; }

    public string DataDirectory { get; }

    /// <summary>A client of the test server that keeps cookies, does not follow redirects, and speaks https.</summary>
    public HttpClient CreatePortalClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://localhost"),
        HandleCookies = true,
    });

    /// <summary>Starts Kestrel on a free port of 127.0.0.1 and returns the portal's address.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new Uri(addresses.Addresses.Single());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (!_ownsData)
        {
            return;
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing request stays behind in the temporary folder.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Cpd:Store", _store);
        builder.UseSetting("Cpd:DataDirectory", DataDirectory);
        if (_signInLifetime is { } lifetime)
        {
            var text = lifetime.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
            builder.UseSetting("Cpd:SignInLifetime", text);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClock>(Clock);
            _services?.Invoke(services);
        });
    }
}
