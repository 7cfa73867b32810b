using Cpd.Domain.Frameworks;

namespace Cpd.Domain.Tests.Frameworks;

public sealed class ReflectionFrameworkTests
{
    private static readonly ReflectionQuestion[] Questions =
        [new("goal", "What was the goal?"), new("result", "Result?")];

    [Fact]
    public void Constructor_ValidQuestions_KeepsThemInOrder()
    {
        var framework = new ReflectionFramework("body", 2, "Body questions", Questions);

        Assert.Equal(Questions, framework.Questions);
        Assert.Equal("body v2", framework.ToString());
    }

    [Fact]
    public void FindQuestion_MatchesKeysExactly()
    {
        var framework = new ReflectionFramework("body", 1, "Body questions", Questions);

        Assert.Same(Questions[1], framework.FindQuestion("result"));
        Assert.Null(framework.FindQuestion("Result"));
        Assert.Null(framework.FindQuestion("result "));
        Assert.True(framework.HasQuestion("goal"));
        Assert.False(framework.HasQuestion("learning"));
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("with space")]
    [InlineData("under_score")]
    [InlineData("")]
    [InlineData("é")]
    public void Constructor_MalformedKey_IsRefused(string key)
    {
        Assert.Throws<ArgumentException>(() => new ReflectionFramework("body", 1, "Body", [new(key, "Question?")]));
    }

    [Fact]
    public void Constructor_KeyLength_HasAMaximum()
    {
        var longest = new string('k', ReflectionFramework.MaxKeyLength);

        var framework = new ReflectionFramework("body", 1, "Body", [new(longest, "Question?")]);

        Assert.True(framework.HasQuestion(longest));
        Assert.Throws<ArgumentException>(() => new ReflectionFramework("body", 1, "Body", [new(longest + "k", "Q?")]));
    }

    [Fact]
    public void Constructor_DuplicateKey_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(
            () => new ReflectionFramework("body", 1, "Body", [new("goal", "One?"), new("goal", "Two?")]));

        Assert.Contains("'goal'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoQuestionsOrBadArguments_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new ReflectionFramework("body", 1, "Body", []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReflectionFramework("body", 0, "Body", Questions));
        Assert.Throws<ArgumentException>(() => new ReflectionFramework(" ", 1, "Body", Questions));
        Assert.Throws<ArgumentException>(() => new ReflectionFramework("body", 1, "", Questions));
        Assert.Throws<ArgumentException>(() => new ReflectionFramework("body", 1, "Body", [new("goal", " ")]));
    }

    [Fact]
    public void Equals_SameIdAndVersion_AreEqual()
    {
        var first = new ReflectionFramework("body", 1, "Body", Questions);
        var renamed = new ReflectionFramework("body", 1, "Renamed", Questions);
        var next = new ReflectionFramework("body", 2, "Body", Questions);

        Assert.Equal(first, renamed);
        Assert.Equal(first.GetHashCode(), renamed.GetHashCode());
        Assert.NotEqual(first, next);
        Assert.NotEqual(first, new ReflectionFramework("Body", 1, "Body", Questions));
    }
}
