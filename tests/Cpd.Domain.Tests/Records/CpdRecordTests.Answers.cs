using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Domain.Tests.Records;

public sealed partial class CpdRecordTests
{
    [Fact]
    public void SaveAnswer_NewAnswer_StampsItWithTheNewVersionAndTheClock()
    {
        var record = TestRecords.New(_clock);
        _clock.Advance(Duration.FromMinutes(20));

        var saved = record.SaveAnswer("activity", "A webinar", CpdRecord.NoRevision, _clock);

        Assert.Equal(2, saved.Version);
        var savedAt = TestRecords.Start + Duration.FromMinutes(20);
        Assert.Equal(new ReflectionAnswer("A webinar", savedAt, 2), saved.AnswerTo("activity"));
        Assert.Equal(TestRecords.Start + Duration.FromMinutes(20), saved.UpdatedAt);
        Assert.Equal(TestRecords.Start, saved.CreatedAt);
        Assert.Equal(1, saved.DetailsRevision);
    }

    [Fact]
    public void SaveAnswer_SeveralAnswers_EachKeepsTheRevisionThatSavedIt()
    {
        var record = TestRecords.Answer(TestRecords.New(_clock), _clock, "activity", "purpose", "learning");

        Assert.Equal(4, record.Version);
        Assert.Equal([2L, 3L, 4L], TestRecords.Keys.Take(3).Select(key => record.AnswerTo(key)!.Revision));
    }

    [Fact]
    public void SaveAnswer_EditFromCurrentRevision_ReplacesTheText()
    {
        var record = TestRecords.Answer(TestRecords.New(_clock), _clock, "learning");

        var edited = record.SaveAnswer("learning", "Second thoughts", record.AnswerTo("learning")!.Revision, _clock);

        Assert.Equal("Second thoughts", edited.AnswerTo("learning")!.Text);
        Assert.Equal(3, edited.AnswerTo("learning")!.Revision);
    }

    [Fact]
    public void SaveAnswer_AnswerChangedInAnotherSitting_ThrowsConflictCarryingBothTexts()
    {
        var record = TestRecords.New(_clock);
        var firstSitting = record.SaveAnswer("learning", "From the laptop", CpdRecord.NoRevision, _clock);

        var error = Assert.Throws<CpdAnswerConflictException>(
            () => firstSitting.SaveAnswer("learning", "From the phone", CpdRecord.NoRevision, _clock));

        Assert.Equal("learning", error.QuestionKey);
        Assert.Equal("From the phone", error.AttemptedText);
        Assert.Equal("From the laptop", error.StoredAnswer?.Text);
        Assert.Equal(2, error.StoredAnswer?.Revision);
        Assert.IsAssignableFrom<CpdConflictException>(error);
    }

    [Fact]
    public void SaveAnswer_AnswerClearedInAnotherSitting_ThrowsConflictWithNoStoredAnswer()
    {
        var record = TestRecords.Answer(TestRecords.New(_clock), _clock, "purpose");
        var seen = record.AnswerTo("purpose")!.Revision;
        var cleared = record.ClearAnswer("purpose", seen, _clock);

        var error = Assert.Throws<CpdAnswerConflictException>(
            () => cleared.SaveAnswer("purpose", "Edited text", seen, _clock));

        Assert.Null(error.StoredAnswer);
        Assert.Equal("Edited text", error.AttemptedText);
        Assert.Contains("cleared", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClearAnswer_AnswerChangedInAnotherSitting_ThrowsConflictWithNoAttemptedText()
    {
        var record = TestRecords.Answer(TestRecords.New(_clock), _clock, "evaluation");
        var seen = record.AnswerTo("evaluation")!.Revision;
        var edited = record.SaveAnswer("evaluation", "Changed my mind", seen, _clock);

        var error = Assert.Throws<CpdAnswerConflictException>(() => edited.ClearAnswer("evaluation", seen, _clock));

        Assert.Null(error.AttemptedText);
        Assert.Equal("Changed my mind", error.StoredAnswer?.Text);
    }

    [Fact]
    public void SaveAnswer_IdenticalText_ReturnsSameRecordWithoutNewVersion()
    {
        var record = TestRecords.Answer(TestRecords.New(_clock), _clock, "practice");
        _clock.Advance(Duration.FromHours(1));

        var again = record.SaveAnswer("practice", "Answer to practice", record.AnswerTo("practice")!.Revision, _clock);
        var fromStaleSitting = record.SaveAnswer("practice", "Answer to practice", CpdRecord.NoRevision, _clock);

        Assert.Same(record, again);
        Assert.Same(record, fromStaleSitting);
        Assert.Equal(2, again.Version);
    }

    [Theory]
    [InlineData("Answer to practice ")]
    [InlineData("answer to practice")]
    [InlineData("Answer to practice\n")]
    public void SaveAnswer_TextDifferingOnlyInCaseOrSpacing_IsSavedAsNewVersion(string text)
    {
        var record = TestRecords.Answer(TestRecords.New(_clock), _clock, "practice");

        var saved = record.SaveAnswer("practice", text, record.AnswerTo("practice")!.Revision, _clock);

        Assert.Equal(text, saved.AnswerTo("practice")!.Text);
        Assert.Equal(3, saved.Version);
    }

    [Fact]
    public void SaveAnswer_DifferentQuestionsFromTwoSittings_BothStand()
    {
        var record = TestRecords.New(_clock);

        var both = record
            .SaveAnswer("activity", "Laptop answer", CpdRecord.NoRevision, _clock)
            .SaveAnswer("purpose", "Phone answer", CpdRecord.NoRevision, _clock);

        Assert.Equal("Laptop answer", both.AnswerTo("activity")!.Text);
        Assert.Equal("Phone answer", both.AnswerTo("purpose")!.Text);
    }

    [Theory]
    [InlineData("Café, naïve, Ærøskøbing")]
    [InlineData("Emoji 😀👩‍🔬🇬🇧 and more")]
    [InlineData("تعلمت الكثير من هذه الدورة")]
    [InlineData("למדתי הרבה")]
    [InlineData("Combining e\u0301 and a\u0308 marks")]
    [InlineData("Mixed עברית and English and العربية")]
    [InlineData("Line one\nline two\r\n\ttabbed")]
    [InlineData("  surrounding spaces kept  ")]
    [InlineData("<script>alert('x')</script> & \"quotes\" \\ {braces}")]
    public void SaveAnswer_AnyUnicodeText_KeepsItExactly(string text)
    {
        var record = TestRecords.New(_clock);

        var saved = record.SaveAnswer("learning", text, CpdRecord.NoRevision, _clock);

        Assert.Equal(text, saved.AnswerTo("learning")!.Text, StringComparer.Ordinal);
    }

    [Fact]
    public void SaveAnswer_AtMaximumLengthCountingEmojiOnce_IsAccepted()
    {
        var record = TestRecords.New(_clock);
        var text = string.Concat(Enumerable.Repeat("😀", CpdRecordLimits.AnswerMaxLength));

        var saved = record.SaveAnswer("learning", text, CpdRecord.NoRevision, _clock);

        Assert.Equal(text, saved.AnswerTo("learning")!.Text);
    }

    [Theory]
    [InlineData("x", ValidationRule.MaxLength)]
    [InlineData("😀", ValidationRule.MaxLength)]
    public void SaveAnswer_OverMaximumLength_ThrowsMaxLength(string unit, ValidationRule rule)
    {
        var record = TestRecords.New(_clock);
        var text = string.Concat(Enumerable.Repeat(unit, CpdRecordLimits.AnswerMaxLength + 1));

        var error = Assert.Throws<CpdValidationException>(
            () => record.SaveAnswer("learning", text, CpdRecord.NoRevision, _clock));

        Assert.Equal(("answers.learning", rule), (error.Errors[0].Field, error.Errors[0].Rule));
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u2060\u2060")]
    [InlineData("\uFEFF \u200D")]
    public void SaveAnswer_OfOnlyInvisibleCharacters_IsRefusedAsBlank(string text)
    {
        var record = TestRecords.New(_clock);

        var error = Assert.Throws<CpdValidationException>(
            () => record.SaveAnswer("learning", text, CpdRecord.NoRevision, _clock));

        var only = Assert.Single(error.Errors);
        Assert.Equal(("answers.learning", ValidationRule.Required), (only.Field, only.Rule));
    }

    [Theory]
    [InlineData("Bell \u0007 here", ValidationRule.ControlCharacters)]
    [InlineData("Null \0 byte", ValidationRule.ControlCharacters)]
    [InlineData("Escape \u001B[31m red", ValidationRule.ControlCharacters)]
    [InlineData("Delete \u007F char", ValidationRule.ControlCharacters)]
    public void SaveAnswer_ForbiddenCharacters_ThrowsNamingTheRule(string text, ValidationRule rule)
    {
        var record = TestRecords.New(_clock);

        var error = Assert.Throws<CpdValidationException>(
            () => record.SaveAnswer("next-steps", text, CpdRecord.NoRevision, _clock));

        var only = Assert.Single(error.Errors);
        Assert.Equal(("answers.next-steps", rule), (only.Field, only.Rule));
    }

    [Theory]
    [InlineData("Lone high ", 0xD83D, " surrogate")]
    [InlineData("Lone low ", 0xDE00, " surrogate")]
    [InlineData("Ends with high ", 0xD83D, "")]
    [InlineData("", 0xDC00, "starts with low")]
    public void SaveAnswer_LoneSurrogate_ThrowsInvalidText(string before, int surrogate, string after)
    {
        // Built here: attribute arguments are stored as UTF-8, which cannot hold a lone surrogate.
        var text = before + (char)surrogate + after;
        var record = TestRecords.New(_clock);

        var error = Assert.Throws<CpdValidationException>(
            () => record.SaveAnswer("next-steps", text, CpdRecord.NoRevision, _clock));

        var only = Assert.Single(error.Errors);
        Assert.Equal(("answers.next-steps", ValidationRule.InvalidText), (only.Field, only.Rule));
    }

    [Fact]
    public void SaveAnswer_ClockSetBack_UpdatedAtDoesNotGoBackwards()
    {
        var record = TestRecords.New(_clock);
        _clock.Advance(Duration.FromHours(2));
        var saved = record.SaveAnswer("activity", "First", CpdRecord.NoRevision, _clock);
        _clock.Reset(TestRecords.Start - Duration.FromDays(1));

        var later = saved.SaveAnswer("purpose", "Second", CpdRecord.NoRevision, _clock);
        var cleared = later.ClearAnswer("activity", later.AnswerTo("activity")!.Revision, _clock);

        Assert.Equal(saved.UpdatedAt, later.UpdatedAt);
        Assert.Equal(saved.UpdatedAt, cleared.UpdatedAt);
        Assert.Equal(4, cleared.Version);
    }
}
