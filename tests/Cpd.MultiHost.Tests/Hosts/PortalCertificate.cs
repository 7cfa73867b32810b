using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Cpd.Reminders.TestSupport;

namespace Cpd.MultiHost.Tests.Hosts;

/// <summary>
/// The hosts' HTTPS certificate: self-signed for 127.0.0.1, written to a password-protected PFX file that Kestrel
/// loads from configuration, and trusted by the test's clients, and by nothing else.
/// </summary>
internal sealed class PortalCertificate : IDisposable
{
    private readonly X509Certificate2 _certificate;
    private readonly string _folder;

    private PortalCertificate(X509Certificate2 certificate, string folder, string password)
    {
        _certificate = certificate;
        _folder = folder;
        Password = password;
        PfxPath = Path.Combine(folder, "portal.pfx");
        File.WriteAllBytes(PfxPath, certificate.Export(X509ContentType.Pfx, password));
    }

    public string PfxPath { get; }

    public string Password { get; }

    public static PortalCertificate Create() => new(
        TestCertificate.Create(),
        Directory.CreateTempSubdirectory("cpd-hosts-tls-").FullName,
        Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));

    /// <summary>
    /// A handler as a browser's: HTTPS to the hosts only, its own cookies (shared by every host on 127.0.0.1,
    /// whatever the port), no redirects followed.
    /// </summary>
    public SocketsHttpHandler Handler() => new()
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        MaxConnectionsPerServer = 4,
        SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => IsOurs(presented) },
    };

    public void Dispose()
    {
        _certificate.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private bool IsOurs(X509Certificate? presented) =>
        presented is not null && presented.GetCertHashString() == _certificate.GetCertHashString();
}
