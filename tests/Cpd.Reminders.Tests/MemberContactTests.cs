using Cpd.Domain;
using NodaTime;

namespace Cpd.Reminders.Tests;

public sealed class MemberContactTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    [Fact]
    public void Constructor_ValidDetails_KeepsThemWithTheNameTrimmed()
    {
        var contact = new MemberContact(MemberId.From("ada"), " Ada ", "ada@example.org", London);

        Assert.Equal(("Ada", "ada@example.org", London), (contact.DisplayName, contact.EmailAddress, contact.TimeZone));
    }

    [Theory]
    [InlineData("", ValidationRule.Required)]
    [InlineData("not-an-address", ValidationRule.Format)]
    [InlineData("Ada <ada@example.org>", ValidationRule.Format)]
    [InlineData("ada@example.org\r\nBcc: x@example.org", ValidationRule.Format)]
    [InlineData("ada @example.org", ValidationRule.Format)]
    public void Constructor_BadEmailAddress_IsRefusedNamingTheFieldAndRule(string address, ValidationRule rule)
    {
        var error = Assert.Throws<CpdValidationException>(
            () => new MemberContact(MemberId.From("ada"), "Ada", address, London));

        var problem = Assert.Single(error.Errors);
        Assert.Equal(("emailAddress", rule), (problem.Field, problem.Rule));
    }

    [Fact]
    public void Constructor_EverythingWrong_ListsEachProblem()
    {
        var error = Assert.Throws<CpdValidationException>(
            () => new MemberContact(default, "Ada\nLovelace", "", null!));

        Assert.Equal(
            ["memberId", "displayName", "emailAddress", "timeZone"], error.Errors.Select(problem => problem.Field));
    }
}
