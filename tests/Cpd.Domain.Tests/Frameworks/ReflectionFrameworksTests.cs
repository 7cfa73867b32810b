using Cpd.Domain.Frameworks;

namespace Cpd.Domain.Tests.Frameworks;

public sealed class ReflectionFrameworksTests
{
    [Fact]
    public void Default_HasTheSevenQuestionsInOrder()
    {
        var framework = ReflectionFrameworks.Default;

        Assert.Equal(
            ["activity", "purpose", "learning", "practice", "beneficiaries", "evaluation", "next-steps"],
            framework.Questions.Select(q => q.Key));
        Assert.Equal((ReflectionFrameworks.DefaultId, 1), (framework.Id, framework.Version));
        Assert.Equal("What did you do?", framework.FindQuestion("activity")?.Text);
        Assert.All(framework.Questions, q => Assert.EndsWith("?", q.Text, StringComparison.Ordinal));
    }
}
