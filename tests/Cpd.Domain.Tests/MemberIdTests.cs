namespace Cpd.Domain.Tests;

public sealed class MemberIdTests
{
    [Theory]
    [InlineData("member-1")]
    [InlineData("M 42")]
    [InlineData("ß-Müller@example.org")]
    [InlineData("會員-😀")]
    public void From_ValidIdentifier_KeepsItExactly(string value)
    {
        var memberId = MemberId.From(value);

        Assert.Equal(value, memberId.Value);
        Assert.Equal(value, memberId.ToString());
        Assert.Equal(MemberId.From(value), memberId);
    }

    [Theory]
    [InlineData(null, ValidationRule.Required)]
    [InlineData("", ValidationRule.Required)]
    [InlineData("   ", ValidationRule.Required)]
    [InlineData(" member", ValidationRule.Format)]
    [InlineData("member\u00A0", ValidationRule.Format)]
    [InlineData("mem\nber", ValidationRule.ControlCharacters)]
    [InlineData("mem\0ber", ValidationRule.ControlCharacters)]
    public void From_InvalidIdentifier_ThrowsNamingTheRule(string? value, ValidationRule rule)
    {
        var error = Assert.Throws<CpdValidationException>(() => MemberId.From(value));

        var only = Assert.Single(error.Errors);
        Assert.Equal(("memberId", rule), (only.Field, only.Rule));
        Assert.False(MemberId.TryFrom(value, out var memberId));
        Assert.Equal(default, memberId);
    }

    [Theory]
    [InlineData(0xD800)]
    [InlineData(0xDFFF)]
    public void From_LoneSurrogate_ThrowsInvalidText(int surrogate)
    {
        // Built here: attribute arguments are stored as UTF-8, which cannot hold a lone surrogate.
        var value = $"mem{(char)surrogate}ber";

        var error = Assert.Throws<CpdValidationException>(() => MemberId.From(value));

        Assert.Equal(("memberId", ValidationRule.InvalidText), (error.Errors[0].Field, error.Errors[0].Rule));
    }

    [Theory]
    [InlineData("m", MemberId.MaxLength, true)]
    [InlineData("m", MemberId.MaxLength + 1, false)]
    [InlineData("😀", MemberId.MaxLength, true)]
    public void From_Length_HasAMaximumInCharacters(string unit, int count, bool valid)
    {
        var value = string.Concat(Enumerable.Repeat(unit, count));

        Assert.Equal(valid, MemberId.TryFrom(value, out _));
        if (!valid)
        {
            var error = Assert.Throws<CpdValidationException>(() => MemberId.From(value));
            Assert.Equal(ValidationRule.MaxLength, error.Errors[0].Rule);
        }
    }

    [Fact]
    public void TryFrom_ValidIdentifier_GivesTheMemberId()
    {
        Assert.True(MemberId.TryFrom("member-7", out var memberId));
        Assert.Equal("member-7", memberId.Value);
    }

    [Fact]
    public void Value_OfDefault_Throws()
    {
        var memberId = default(MemberId);

        Assert.Throws<InvalidOperationException>(() => memberId.Value);
        Assert.Equal(string.Empty, memberId.ToString());
    }

    [Fact]
    public void Equals_IdentifiersDifferingInCase_AreDifferentMembers()
    {
        Assert.NotEqual(MemberId.From("Member-1"), MemberId.From("member-1"));
    }
}
