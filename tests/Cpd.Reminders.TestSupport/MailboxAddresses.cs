using SmtpServer.Mail;

namespace Cpd.Reminders.TestSupport;

/// <summary>Reads SmtpServer's mailboxes as plain addresses.</summary>
internal static class MailboxAddresses
{
    public static string AsAddress(this IMailbox mailbox) => $"{mailbox.User}@{mailbox.Host}";
}
