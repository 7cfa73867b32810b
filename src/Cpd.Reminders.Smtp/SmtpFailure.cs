using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Cpd.Reminders.Smtp;

/// <summary>
/// Turns MailKit's and the network's failures into a <see cref="CpdReminderDeliveryException"/> an operator can read.
/// </summary>
internal static class SmtpFailure
{
    public static bool IsDeliveryFailure(Exception exception, CancellationToken cancellationToken) =>
        exception switch
        {
            OperationCanceledException => !cancellationToken.IsCancellationRequested,
            SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException
                or AuthenticationException or SslHandshakeException or SocketException
                or IOException or TimeoutException or ProtocolException or NotSupportedException => true,
            _ => false,
        };

    public static CpdReminderDeliveryException Describe(Exception exception, string host, int port, string messageId)
    {
        var server = $"the SMTP server {host}:{port}";
        var what = exception switch
        {
            SmtpCommandException command =>
                $"{server} refused the message ({(int)command.StatusCode} {command.ErrorCode}): {command.Message}",
            AuthenticationException => $"{server} refused the credentials; check the user name and password",
            SslHandshakeException => $"the TLS handshake with {server} failed; check the TLS mode and the certificate",
            NotSupportedException =>
                $"{server} does not support what the options ask ({exception.Message}); " +
                "check the TLS mode and credentials",
            SocketException => $"{server} could not be reached; check the host, the port and that it is running",
            OperationCanceledException or TimeoutException => $"{server} did not answer in time",
            _ => $"the exchange with {server} failed: {exception.Message}",
        };
        return new CpdReminderDeliveryException($"Reminder {messageId} was not sent: {what}.", exception);
    }
}
