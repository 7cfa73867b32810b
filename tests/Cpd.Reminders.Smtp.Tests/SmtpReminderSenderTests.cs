using System.Security.Cryptography.X509Certificates;
using AngleSharp.Html.Parser;
using Cpd.Domain;
using Cpd.Domain.Records;
using Cpd.Domain.Reminders;
using Cpd.Reminders.Tests.Support;
using Cpd.Reminders.TestSupport;
using MailKit.Net.Smtp;
using NodaTime;

namespace Cpd.Reminders.Smtp.Tests;

public sealed class SmtpReminderSenderTests
{
    private static readonly MemberContact Ada = new(
        MemberId.From("ada"), "Ada Lovelace", "ada@members.example.org", DateTimeZoneProviders.Tzdb["Europe/London"]);

    private static readonly ReminderKey Key = new(
        new CpdRecordId(Guid.Parse("0190d4c3-5a1b-7c2d-8e3f-405162738495")), new LocalDate(2027, 3, 28));

    private static readonly Instant Now = Instant.FromUtc(2027, 3, 28, 8, 0);

    private static readonly ReminderMessageComposer Composer = new(ReminderWorld.BaseAddress);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_ToARealSmtpServer_DeliversOneMessageWithEveryPartAndHeader()
    {
        await using var server = await InProcessSmtpServer.StartAsync();
        var message = Composer.Compose(Key, "Institute conference", Ada, Now);

        await Sender(server.Port).SendAsync(message, Cancel);

        var mail = Assert.Single(server.Received);
        Assert.Equal("cpd@portal.example.org", mail.EnvelopeFrom);
        Assert.Equal(["ada@members.example.org"], mail.EnvelopeTo);
        var mime = mail.Message;
        Assert.Equal("Institute conference: reminder to complete your CPD record", mime.Subject);
        Assert.Equal("reminder.0190d4c3-5a1b-7c2d-8e3f-405162738495.2027-03-28@portal.example.org", mime.MessageId);
        Assert.Contains(
            "\r\nMessage-Id: <reminder.0190d4c3-5a1b-7c2d-8e3f-405162738495.2027-03-28@portal.example.org>",
            mail.RawHeaders,
            StringComparison.OrdinalIgnoreCase);
        Assert.Equal("\"Ada Lovelace\" <ada@members.example.org>", mime.To.ToString());
        Assert.Equal("\"CPD reminders\" <cpd@portal.example.org>", mime.From.ToString());
        Assert.Equal(Now.ToDateTimeOffset(), mime.Date);
        Assert.Equal("auto-generated", mime.Headers["Auto-Submitted"]);
        Assert.Equal("multipart/alternative", mime.Body!.ContentType.MimeType);
        Assert.Contains(message.RecordLink.AbsoluteUri, mime.TextBody, StringComparison.Ordinal);
        var html = new HtmlParser().ParseDocument(mime.HtmlBody!);
        Assert.Equal(message.RecordLink.AbsoluteUri, html.QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("Conference\r\nBcc: victim@example.org\r\nX-Injected: yes")]
    [InlineData("Conference\nBcc: victim@example.org")]
    [InlineData("Conference\r\n\r\n<html>body from the title</html>")]
    public async Task SendAsync_TitleWithLineBreaks_AddsNoHeaderAndNoRecipient(string title)
    {
        await using var server = await InProcessSmtpServer.StartAsync();

        await Sender(server.Port).SendAsync(Composer.Compose(Key, title, Ada, Now), Cancel);

        var mail = Assert.Single(server.Received);
        Assert.Equal(["ada@members.example.org"], mail.EnvelopeTo);
        Assert.Empty(mail.Message.Bcc);
        Assert.Single(mail.Message.To.Mailboxes);
        Assert.DoesNotContain(mail.Message.Headers, header => header.Field is "Bcc" or "X-Injected");
        Assert.Single(mail.Message.Headers, header => header.Field == "Subject");
        Assert.DoesNotContain(mail.Message.Subject!, character => character is '\r' or '\n');
        Assert.DoesNotContain("\nBcc:", mail.RawHeaders, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\nX-Injected:", mail.RawHeaders, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SendAsync_ServerRefusesTheMessage_ThrowsADeliveryExceptionNamingTheServer()
    {
        await using var server = await InProcessSmtpServer.StartAsync();
        server.RefuseNext(1);

        var error = await Assert.ThrowsAsync<CpdReminderDeliveryException>(
            () => Sender(server.Port).SendAsync(Composer.Compose(Key, "Title", Ada, Now), Cancel));

        Assert.Contains($"127.0.0.1:{server.Port}", error.Message, StringComparison.Ordinal);
        Assert.Contains("452", error.Message, StringComparison.Ordinal);
        Assert.IsType<SmtpCommandException>(error.InnerException);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task SendAsync_NothingListening_ThrowsADeliveryExceptionSayingItIsUnreachable()
    {
        var port = InProcessSmtpServer.FreePort();

        var error = await Assert.ThrowsAsync<CpdReminderDeliveryException>(
            () => Sender(port).SendAsync(Composer.Compose(Key, "Title", Ada, Now), Cancel));

        Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_WithStartTls_DeliversOverAnEncryptedConnection()
    {
        using var certificate = TestCertificate.Create();
        await using var server = await InProcessSmtpServer.StartAsync(certificate: certificate);
        var sender = new SmtpReminderSender(Options(server.Port, SmtpTlsMode.StartTls))
        {
            ServerCertificateValidation = (_, presented, _, _) =>
                presented is not null && new X509Certificate2(presented).Thumbprint == certificate.Thumbprint,
        };

        await sender.SendAsync(Composer.Compose(Key, "Encrypted", Ada, Now), Cancel);

        Assert.Equal("Encrypted: reminder to complete your CPD record", Assert.Single(server.Received).Message.Subject);
    }

    [Fact]
    public async Task SendAsync_StartTlsRequiredButNotOffered_FailsWithoutSending()
    {
        await using var server = await InProcessSmtpServer.StartAsync();

        await Assert.ThrowsAsync<CpdReminderDeliveryException>(() =>
            new SmtpReminderSender(Options(server.Port, SmtpTlsMode.StartTls))
                .SendAsync(Composer.Compose(Key, "Title", Ada, Now), Cancel));

        Assert.Empty(server.Received);
    }

    [Fact]
    public void Constructor_UnusableOptions_ListsEveryFieldAtFault()
    {
        var options = new SmtpReminderOptions
            { Host = " ", Port = 70_000, Password = "secret", FromAddress = "nobody" };

        var error = Assert.Throws<CpdValidationException>(() => new SmtpReminderSender(options));

        Assert.Equal(
            ["smtp.host", "smtp.port", "smtp.userName", "smtp.fromAddress"],
            error.Errors.Select(problem => problem.Field));
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    internal static SmtpReminderOptions Options(int port, SmtpTlsMode tls = SmtpTlsMode.None) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        TlsMode = tls,
        FromAddress = "cpd@portal.example.org",
        Timeout = TimeSpan.FromSeconds(20),
    };

    private static SmtpReminderSender Sender(int port) => new(Options(port));
}
