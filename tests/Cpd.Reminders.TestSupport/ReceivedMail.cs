using System.Text;
using MimeKit;

namespace Cpd.Reminders.TestSupport;

/// <summary>
/// One message the test SMTP server accepted: the envelope, the parsed MIME message and its raw bytes.
/// </summary>
public sealed record ReceivedMail(
    string EnvelopeFrom, IReadOnlyList<string> EnvelopeTo, MimeMessage Message, byte[] Raw)
{
    /// <summary>Gets the raw message as text, headers and all.</summary>
    public string RawText => Encoding.UTF8.GetString(Raw);

    /// <summary>Gets the header block of the raw message, up to the first empty line.</summary>
    public string RawHeaders
    {
        get
        {
            var text = RawText;
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            return end < 0 ? text : text[..end];
        }
    }
}
