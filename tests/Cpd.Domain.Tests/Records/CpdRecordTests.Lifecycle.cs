using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using NodaTime.Testing;

namespace Cpd.Domain.Tests.Records;

public sealed partial class CpdRecordTests
{
    private readonly FakeClock _clock = TestRecords.Clock();

    [Fact]
    public void Create_WithoutAnswers_IsNotStartedAtVersionOne()
    {
        var record = TestRecords.New(_clock);

        Assert.Equal(CpdRecordStatus.NotStarted, record.Status);
        Assert.Equal(1, record.Version);
        Assert.Equal(1, record.DetailsRevision);
        Assert.Empty(record.Answers);
        Assert.Equal(TestRecords.Start, record.CreatedAt);
        Assert.Equal(TestRecords.Start, record.UpdatedAt);
    }

    [Fact]
    public void SaveAnswer_FirstAnswer_MovesToInProgress()
    {
        var record = TestRecords.New(_clock);

        var saved = record.SaveAnswer("learning", "How to read a spectrum.", CpdRecord.NoRevision, _clock);

        Assert.Equal(CpdRecordStatus.InProgress, saved.Status);
        Assert.Equal("How to read a spectrum.", saved.AnswerTo("learning")?.Text);
    }

    [Fact]
    public void SaveAnswer_EachOfSevenInTurn_CompletesOnlyWithTheSeventh()
    {
        var record = TestRecords.New(_clock);
        var statuses = new List<CpdRecordStatus>();

        foreach (var key in TestRecords.Keys)
        {
            record = record.SaveAnswer(key, $"About {key}", CpdRecord.NoRevision, _clock);
            statuses.Add(record.Status);
        }

        Assert.Equal([.. Enumerable.Repeat(CpdRecordStatus.InProgress, 6), CpdRecordStatus.Completed], statuses);
        Assert.Empty(record.UnansweredQuestions);
    }

    [Fact]
    public void ClearAnswer_OnCompletedRecord_MovesBackToInProgress()
    {
        var record = TestRecords.Completed(_clock);

        var cleared = record.ClearAnswer("evaluation", record.AnswerTo("evaluation")!.Revision, _clock);

        Assert.Equal(CpdRecordStatus.InProgress, cleared.Status);
        Assert.Null(cleared.AnswerTo("evaluation"));
        Assert.Equal(["evaluation"], cleared.UnansweredQuestions.Select(q => q.Key));
    }

    [Fact]
    public void ClearAnswer_LastRemainingAnswer_MovesBackToNotStarted()
    {
        var record = TestRecords.Answer(TestRecords.New(_clock), _clock, "purpose");

        var cleared = record.ClearAnswer("purpose", record.AnswerTo("purpose")!.Revision, _clock);

        Assert.Equal(CpdRecordStatus.NotStarted, cleared.Status);
        Assert.Empty(cleared.Answers);
    }

    [Fact]
    public void SaveAnswer_EditOnCompletedRecord_StaysCompleted()
    {
        var record = TestRecords.Completed(_clock);

        var edited = record.SaveAnswer("practice", "Better reports.", record.AnswerTo("practice")!.Revision, _clock);

        Assert.Equal(CpdRecordStatus.Completed, edited.Status);
        Assert.Equal("Better reports.", edited.AnswerTo("practice")!.Text);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void ClearAnswer_QuestionNeverAnswered_ThrowsLifecycleExceptionNamingQuestion(int answered)
    {
        var record = TestRecords.Answer(TestRecords.New(_clock), _clock, TestRecords.Keys.Take(answered));

        var error = Assert.Throws<CpdLifecycleException>(
            () => record.ClearAnswer("next-steps", CpdRecord.NoRevision, _clock));

        Assert.Contains("'next-steps'", error.Message, StringComparison.Ordinal);
        Assert.False(record.CanClearAnswer("next-steps"));
    }

    [Fact]
    public void CanClearAnswer_SavedAnswer_IsTrueOnlyForIt()
    {
        var record = TestRecords.Answer(TestRecords.New(_clock), _clock, "activity");

        Assert.True(record.CanClearAnswer("activity"));
        Assert.False(record.CanClearAnswer("purpose"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t\r\n")]
    [InlineData("\u00A0\u2003")]
    public void SaveAnswer_BlankText_ThrowsValidationNamingAnswerField(string blank)
    {
        var record = TestRecords.New(_clock);

        var error = Assert.Throws<CpdValidationException>(
            () => record.SaveAnswer("learning", blank, CpdRecord.NoRevision, _clock));

        var only = Assert.Single(error.Errors);
        Assert.Equal("answers.learning", only.Field);
        Assert.Equal(ValidationRule.Required, only.Rule);
    }

    [Theory]
    [InlineData("Learning")]
    [InlineData("reflection")]
    [InlineData("")]
    public void SaveAnswer_UnknownQuestion_ThrowsUnknownQuestion(string key)
    {
        var record = TestRecords.New(_clock);

        var error = Assert.Throws<CpdValidationException>(
            () => record.SaveAnswer(key, "Some text", CpdRecord.NoRevision, _clock));

        var only = Assert.Single(error.Errors);
        Assert.Equal($"answers.{key}", only.Field);
        Assert.Equal(ValidationRule.UnknownQuestion, only.Rule);
        Assert.Contains("next-steps", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClearAnswer_UnknownQuestion_ThrowsUnknownQuestion()
    {
        var record = TestRecords.Completed(_clock);

        var error = Assert.Throws<CpdValidationException>(() => record.ClearAnswer("outcome", 1, _clock));

        Assert.Equal(ValidationRule.UnknownQuestion, Assert.Single(error.Errors).Rule);
    }

    [Fact]
    public void Create_WithEveryAnswer_IsCompletedAtVersionOne()
    {
        var record = TestRecords.Completed(_clock);

        Assert.Equal(CpdRecordStatus.Completed, record.Status);
        Assert.Equal(1, record.Version);
        Assert.All(record.Answers.Values, answer => Assert.Equal(1, answer.Revision));
    }

    [Fact]
    public void Create_WithSomeAnswers_IsInProgress()
    {
        var answers = new Dictionary<string, string> { ["activity"] = "A course", ["learning"] = "Statistics" };

        var record = TestRecords.New(_clock, answers: answers);

        Assert.Equal(CpdRecordStatus.InProgress, record.Status);
        Assert.Equal(
            ["purpose", "practice", "beneficiaries", "evaluation", "next-steps"],
            record.UnansweredQuestions.Select(q => q.Key));
    }

    [Fact]
    public void Create_WithSeveralProblems_ListsEveryOne()
    {
        var answers = new Dictionary<string, string> { ["activity"] = " ", ["outcome"] = "Text" };

        var error = Assert.Throws<CpdValidationException>(() => TestRecords.New(_clock, title: "", answers: answers));

        Assert.Equal(
            [("title", ValidationRule.Required), ("answers.activity", ValidationRule.Required),
                ("answers.outcome", ValidationRule.UnknownQuestion)],
            error.Errors.Select(e => (e.Field, e.Rule)));
    }

    [Fact]
    public void Create_UninitialisedMemberId_IsRefused()
    {
        var outcome = Record.Exception(() => CpdRecord.Create(
            CpdRecordId.New(_clock.GetCurrentInstant()),
            default,
            ReflectionFrameworks.Default,
            TestRecords.Details(),
            _clock));

        Assert.True(
            outcome is ArgumentException or CpdValidationException { Errors: [{ Field: "memberId" }] },
            $"Expected the member id to be refused, got {outcome?.GetType().Name ?? "a record"}.");
    }

    [Fact]
    public void Record_CreatedWithOlderFramework_KeepsItsVersionAndQuestions()
    {
        var version1 = new ReflectionFramework("body", 1, "Body v1", [new("what", "What?"), new("why", "Why?")]);
        var version2 = new ReflectionFramework("body", 2, "Body v2", [new("what", "What?"), new("impact", "Impact?")]);
        var record = CpdRecord.Create(
            CpdRecordId.New(_clock.GetCurrentInstant()), TestRecords.Member, version1, TestRecords.Details(), _clock);

        var answered = record.SaveAnswer("what", "A workshop", 0, _clock).SaveAnswer("why", "A gap", 0, _clock);

        Assert.Same(version1, answered.Framework);
        Assert.NotEqual(version2, answered.Framework);
        Assert.Equal(CpdRecordStatus.Completed, answered.Status);
        Assert.Throws<CpdValidationException>(() => answered.SaveAnswer("impact", "Large", 0, _clock));
    }

    [Fact]
    public void Record_WithHostFramework_IsCompletedByItsOwnQuestions()
    {
        var framework = new ReflectionFramework(
            "engineering-body",
            3,
            "Engineering CPD",
            [new("goal", "Goal?"), new("result", "Result?"), new("2nd-look", "Again?")]);
        var record = CpdRecord.Create(
            CpdRecordId.New(_clock.GetCurrentInstant()), TestRecords.Member, framework, TestRecords.Details(), _clock);

        var done = framework.Questions.Aggregate(record, (r, q) => r.SaveAnswer(q.Key, "Done", 0, _clock));

        Assert.Equal(CpdRecordStatus.Completed, done.Status);
        Assert.Equal(4, done.Version);
        var error = Assert.Throws<CpdValidationException>(() => record.SaveAnswer("learning", "Text", 0, _clock));
        Assert.Equal(ValidationRule.UnknownQuestion, Assert.Single(error.Errors).Rule);
    }

    [Fact]
    public void Record_WithOneQuestionFramework_CompletesWithFirstAnswerAndRestartsWhenCleared()
    {
        var framework = new ReflectionFramework("short", 1, "One question", [new("reflection", "Reflect.")]);
        var record = CpdRecord.Create(
            CpdRecordId.New(_clock.GetCurrentInstant()), TestRecords.Member, framework, TestRecords.Details(), _clock);

        var done = record.SaveAnswer("reflection", "Useful.", 0, _clock);
        var undone = done.ClearAnswer("reflection", done.AnswerTo("reflection")!.Revision, _clock);

        Assert.Equal(CpdRecordStatus.Completed, done.Status);
        Assert.Equal(CpdRecordStatus.NotStarted, undone.Status);
    }
}
