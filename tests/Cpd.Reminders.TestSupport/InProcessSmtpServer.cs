using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using ServerResponse = SmtpServer.Protocol.SmtpResponse;

namespace Cpd.Reminders.TestSupport;

/// <summary>
/// A real SMTP server on 127.0.0.1 (SmtpServer), started on a free port, that keeps every message it accepts
/// with its envelope, and can be told to refuse the next few messages.
/// </summary>
public sealed class InProcessSmtpServer : IAsyncDisposable
{
    private const int ReadinessAttempts = 400;

    private readonly ConcurrentQueue<ReceivedMail> _received = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private int _refusals;

    private InProcessSmtpServer(int port, X509Certificate2? certificate)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint =>
            {
                endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port));
                if (certificate is not null)
                {
                    endpoint.Certificate(certificate);
                }
            })
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new KeepingStore(this));
        _server = new SmtpServer.SmtpServer(options, services);
    }

    public int Port { get; }

    public IReadOnlyList<ReceivedMail> Received => [.. _received];

    /// <summary>
    /// Starts a server on a free port, or on the given one, and waits until it accepts connections. With a
    /// certificate, the server offers STARTTLS.
    /// </summary>
    public static async Task<InProcessSmtpServer> StartAsync(int? port = null, X509Certificate2? certificate = null)
    {
        var server = new InProcessSmtpServer(port ?? FreePort(), certificate);
        _ = server._server.StartAsync(server._stop.Token);
        await server.WaitUntilListeningAsync();
        return server;
    }

    /// <summary>Gets a port on 127.0.0.1 that nothing listens on (yet).</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Refuses the next <paramref name="count"/> messages with a 451 reply, as a busy server would.</summary>
    public void RefuseNext(int count) => Interlocked.Exchange(ref _refusals, count);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _server.Shutdown();
        await _server.ShutdownTask.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; attempt < ReadinessAttempts; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(5);
            }
        }

        throw new InvalidOperationException($"The test SMTP server did not start listening on port {Port}.");
    }

    private bool TakeRefusal()
    {
        while (true)
        {
            var left = Volatile.Read(ref _refusals);
            if (left <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _refusals, left - 1, left) == left)
            {
                return true;
            }
        }
    }

    /// <summary>Keeps each message as MIME with its envelope, unless a refusal is due.</summary>
    private sealed class KeepingStore(InProcessSmtpServer owner) : MessageStore
    {
        public override async Task<ServerResponse> SaveAsync(
            ISessionContext context,
            IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            if (owner.TakeRefusal())
            {
                return new ServerResponse(SmtpReplyCode.InsufficientStorage, "Busy, try again later");
            }

            var raw = buffer.ToArray();
            using var stream = new MemoryStream(raw);
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            owner._received.Enqueue(new ReceivedMail(
                transaction.From.AsAddress(),
                [.. transaction.To.Select(mailbox => mailbox.AsAddress())],
                message,
                raw));
            return ServerResponse.Ok;
        }
    }
}
