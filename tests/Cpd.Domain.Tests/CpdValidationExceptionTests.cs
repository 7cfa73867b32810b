namespace Cpd.Domain.Tests;

public sealed class CpdValidationExceptionTests
{
    [Fact]
    public void Constructor_SeveralErrors_KeepsThemInOrderAndNamesEachInTheMessage()
    {
        ValidationError[] errors =
        [
            new("title", ValidationRule.Required, "A title is required."),
            new("hours", ValidationRule.OutOfRange, "Hours must be between 0 and 2000."),
        ];

        var exception = new CpdValidationException(errors);

        Assert.Equal(errors, exception.Errors);
        Assert.Equal("title: A title is required.; hours: Hours must be between 0 and 2000.", exception.Message);
        Assert.IsAssignableFrom<CpdException>(exception);
    }

    [Fact]
    public void Constructor_NoErrors_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new CpdValidationException(Array.Empty<ValidationError>()));
        Assert.Throws<ArgumentNullException>(() => new CpdValidationException((IEnumerable<ValidationError>)null!));
    }

    [Fact]
    public void ToString_OfError_NamesTheField()
    {
        var error = new ValidationError("notes", ValidationRule.MaxLength, "Too long.");

        Assert.Equal("notes: Too long.", error.ToString());
    }
}
