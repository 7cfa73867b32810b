using AngleSharp.Html.Parser;
using Cpd.Domain;
using Cpd.Domain.Records;
using Cpd.Domain.Reminders;
using NodaTime;

namespace Cpd.Reminders.Tests;

public sealed class ReminderMessageComposerTests
{
    private static readonly ReminderKey Key = new(
        new CpdRecordId(Guid.Parse("0190d4c3-5a1b-7c2d-8e3f-405162738495")), new LocalDate(2027, 3, 28));

    private static readonly MemberContact Ada = new(
        MemberId.From("ada"), "Ada Lovelace", "ada@members.example.org", DateTimeZoneProviders.Tzdb["Europe/London"]);

    private static readonly Instant Now = Instant.FromUtc(2027, 3, 28, 8, 0);

    private readonly ReminderMessageComposer _composer = new(new Uri("https://portal.example.org/cpd/records"));

    [Fact]
    public void Compose_ARecordsReminder_WritesSubjectBothBodiesLinkAndStableMessageId()
    {
        var message = _composer.Compose(Key, "Institute conference", Ada, Now);

        Assert.Equal("Institute conference: reminder to complete your CPD record", message.Subject);
        Assert.Equal(new Uri("https://portal.example.org/cpd/records/0190d4c3-5a1b-7c2d-8e3f-405162738495"),
            message.RecordLink);
        Assert.Equal("reminder.0190d4c3-5a1b-7c2d-8e3f-405162738495.2027-03-28@portal.example.org", message.MessageId);
        Assert.Equal(message.MessageId, _composer.Compose(Key, "Renamed", Ada, Now + Duration.FromHours(5)).MessageId);
        Assert.Contains("Dear Ada Lovelace,", message.PlainText, StringComparison.Ordinal);
        Assert.Contains("by Sunday 28 March 2027", message.PlainText, StringComparison.Ordinal);
        Assert.Contains(message.RecordLink.AbsoluteUri, message.PlainText, StringComparison.Ordinal);
        var html = new HtmlParser().ParseDocument(message.Html);
        Assert.Equal(message.RecordLink.AbsoluteUri, html.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Institute conference", html.QuerySelector("bdi")!.TextContent);
        Assert.Equal(("Ada Lovelace", "ada@members.example.org", Now),
            (message.ToName, message.ToAddress, message.ComposedAt));
    }

    [Fact]
    public void Compose_TitleWithMarkup_IsEncodedInHtmlAndKeptAsTextInPlainText()
    {
        const string Title = "<script>alert('x')</script> & <b>bold</b>";
        var member = Ada with { };

        var message = _composer.Compose(Key, Title, member, Now);

        var html = new HtmlParser().ParseDocument(message.Html);
        Assert.Empty(html.QuerySelectorAll("script"));
        Assert.Empty(html.QuerySelectorAll("b"));
        Assert.Equal(Title, html.QuerySelector("bdi")!.TextContent);
        Assert.Contains(Title, message.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Conference\r\nBcc: victim@example.org")]
    [InlineData("Conference\nBcc: victim@example.org")]
    [InlineData("Conference\rBcc: victim@example.org")]
    [InlineData("Conference\u2028Bcc: victim@example.org")]
    [InlineData("Conference\u0085Bcc: victim@example.org")]
    public void Compose_TitleWithALineBreak_GivesASubjectOnOneLine(string title)
    {
        var message = _composer.Compose(Key, title, Ada, Now);

        Assert.Equal("Conference Bcc: victim@example.org: reminder to complete your CPD record", message.Subject);
        Assert.DoesNotContain(message.Subject,
            character => char.IsControl(character) || character is '\u2028' or '\u2029');
        Assert.Contains("    Conference Bcc: victim@example.org\n", message.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_MemberWithoutADisplayName_GreetsWithoutAName()
    {
        var message = _composer.Compose(Key, "Title",
            new MemberContact(Ada.MemberId, "", Ada.EmailAddress, Ada.TimeZone), Now);

        Assert.StartsWith("Hello,", message.PlainText, StringComparison.Ordinal);
        Assert.Equal(string.Empty, message.ToName);
    }

    [Fact]
    public void Compose_FromARecord_UsesItsTitleAndReminderDate()
    {
        var clock = new NodaTime.Testing.FakeClock(Now);
        var record = CpdRecord.Create(
            Key.RecordId, Ada.MemberId, Cpd.Domain.Frameworks.ReflectionFrameworks.Default,
            new CpdRecordDetails { Title = "Workshop", ReminderDate = Key.ReminderDate }, clock);

        var message = _composer.Compose(record, Ada, Now);

        Assert.Equal(Key, message.Key);
        Assert.StartsWith("Workshop:", message.Subject, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => _composer.Compose(
            record, new MemberContact(MemberId.From("someone-else"), "", "x@example.org", Ada.TimeZone), Now));
    }

    [Theory]
    [InlineData("portal.example.org/records", "recordBaseAddress")]
    [InlineData("ftp://portal.example.org/records/", "recordBaseAddress")]
    [InlineData("https://portal.example.org/records/?page=1", "recordBaseAddress")]
    public void Constructor_UnusableBaseAddress_IsRefusedNamingTheField(string address, string field)
    {
        var error = Assert.Throws<CpdValidationException>(
            () => new ReminderMessageComposer(new Uri(address, UriKind.RelativeOrAbsolute)));

        Assert.Equal(field, Assert.Single(error.Errors).Field);
    }

    [Theory]
    [InlineData("bad domain")]
    [InlineData("-bad.example.org")]
    [InlineData("a..b")]
    public void Constructor_UnusableMessageIdDomain_IsRefused(string domain)
    {
        var error = Assert.Throws<CpdValidationException>(
            () => new ReminderMessageComposer(new Uri("https://portal.example.org/"), domain));

        Assert.Equal("messageIdDomain", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public void Constructor_WithAMessageIdDomain_UsesItInMessageIds()
    {
        var composer = new ReminderMessageComposer(new Uri("https://portal.example.org/r/"), "mail.example.org");

        Assert.EndsWith("@mail.example.org", composer.Compose(Key, "T", Ada, Now).MessageId, StringComparison.Ordinal);
        Assert.Equal(new Uri("https://portal.example.org/r/"), composer.RecordBaseAddress);
    }
}
