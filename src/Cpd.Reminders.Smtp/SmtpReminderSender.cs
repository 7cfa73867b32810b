using System.Net.Security;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Cpd.Reminders.Smtp;

/// <summary>
/// Sends reminders through an SMTP server with MailKit: one connection per message, secured as
/// <see cref="SmtpReminderOptions.TlsMode"/> says, authenticated when a user name is given.
/// </summary>
/// <remarks>
/// <para>
/// Each message is multipart/alternative (plain text and HTML), carries the reminder's stable Message-Id and
/// <c>Auto-Submitted: auto-generated</c> (RFC 3834), so that auto-responders stay quiet. Every failure of the
/// server or the network becomes a <see cref="CpdReminderDeliveryException"/>, which the dispatcher tries again.
/// </para>
/// <para>Instances hold no connection between sends and are safe to share between threads.</para>
/// </remarks>
public sealed class SmtpReminderSender : IReminderSender
{
    private readonly SmtpReminderOptions _options;
    private readonly MailboxAddress _from;

    /// <summary>Creates a sender.</summary>
    /// <param name="options">The server and sender settings; checked now and copied.</param>
    /// <exception cref="Cpd.Domain.CpdValidationException">A setting is unusable; every problem is listed.</exception>
    public SmtpReminderSender(SmtpReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        _options = new SmtpReminderOptions
        {
            Host = options.Host,
            Port = options.Port,
            TlsMode = options.TlsMode,
            UserName = options.UserName,
            Password = options.Password,
            FromAddress = options.FromAddress,
            FromName = options.FromName,
            Timeout = options.Timeout,
        };
        _from = new MailboxAddress(options.FromName, options.FromAddress);
    }

    /// <summary>
    /// Gets or inits a check of the server's certificate that replaces the system's, for a server whose
    /// certificate comes from a private authority; <see langword="null"/> to use the system's trust store.
    /// </summary>
    public RemoteCertificateValidationCallback? ServerCertificateValidation { get; init; }

    /// <inheritdoc />
    public async Task SendAsync(ReminderMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var mime = ToMime(message);
        using var client = new SmtpClient { Timeout = (int)_options.Timeout.TotalMilliseconds };
        client.ServerCertificateValidationCallback = ServerCertificateValidation;
        try
        {
            await ExchangeAsync(client, mime, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (SmtpFailure.IsDeliveryFailure(exception, cancellationToken))
        {
            throw SmtpFailure.Describe(exception, _options.Host, _options.Port, message.MessageId);
        }
    }

    /// <summary>Builds the MIME message that is sent for a reminder.</summary>
    /// <param name="message">The reminder message.</param>
    /// <returns>The MIME message; the caller disposes of it.</returns>
    public MimeMessage ToMime(ReminderMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            MessageId = message.MessageId,
            Date = message.ComposedAt.ToDateTimeOffset(),
            Body = new BodyBuilder { TextBody = message.PlainText, HtmlBody = message.Html }.ToMessageBody(),
        };
        mime.From.Add(_from);
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        return mime;
    }

    private async Task ExchangeAsync(SmtpClient client, MimeMessage mime, CancellationToken cancellationToken)
    {
        await client.ConnectAsync(_options.Host, _options.Port, SocketOptions(_options.TlsMode), cancellationToken)
            .ConfigureAwait(false);
        if (!string.IsNullOrEmpty(_options.UserName))
        {
            await client.AuthenticateAsync(_options.UserName, _options.Password ?? string.Empty, cancellationToken)
                .ConfigureAwait(false);
        }

        await client.SendAsync(mime, cancellationToken).ConfigureAwait(false);
        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
    }

    private static SecureSocketOptions SocketOptions(SmtpTlsMode mode) => mode switch
    {
        SmtpTlsMode.None => SecureSocketOptions.None,
        SmtpTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };
}
