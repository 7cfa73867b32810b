using Cpd.Domain.Records;
using Cpd.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime.Testing;

namespace Cpd.Domain.Tests.Records;

public sealed partial class CpdRecordTests
{
    [Property(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 300)]
    public void Commands_AnySequenceOfSavesAndClears_StatusFollowsTheAnswers(CommandScript script)
    {
        var clock = new FakeClock(script.Record.UpdatedAt);
        var record = script.Record;
        AssertStatusFollowsAnswers(record);

        foreach (var command in script.Commands)
        {
            record = command.Run(record, clock).After;
            AssertStatusFollowsAnswers(record);
        }
    }

    [Property(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 300)]
    public void Commands_AnySequence_OutcomeIsWhatTheRulesPredict(CommandScript script)
    {
        var clock = new FakeClock(script.Record.UpdatedAt);
        var record = script.Record;

        foreach (var command in script.Commands)
        {
            var expected = command.Expect(record);
            var (after, outcome) = command.Run(record, clock);

            Assert.Equal(expected, outcome);
            record = after;
        }
    }

    [Property(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 300)]
    public void Commands_AnySequence_EachChangeAddsOneVersionAndStampsWhatItChanged(RecordSample sample)
    {
        var record = sample.Record;
        var clock = new FakeClock(record.UpdatedAt);

        foreach (var key in record.Framework.Questions.Select(q => q.Key))
        {
            var saved = record.SaveAnswer(key, "Edited " + key, record.AnswerTo(key)?.Revision ?? 0, clock);

            Assert.Equal(record.Version + 1, saved.Version);
            Assert.Equal(saved.Version, saved.AnswerTo(key)!.Revision);
            Assert.Equal(record.DetailsRevision, saved.DetailsRevision);
            Assert.All(
                record.Answers.Where(pair => pair.Key != key),
                pair => Assert.Equal(pair.Value, saved.AnswerTo(pair.Key)));
            record = saved;
        }
    }

    [Property(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 300)]
    public void Commands_ClockMovedBackAndForth_UpdatedAtNeverGoesBackwards(CommandScript script)
    {
        var clock = new FakeClock(script.Record.UpdatedAt);
        var record = script.Record;
        var moves = script.Commands.Select((command, i) => (RecordCommand)(i % 2 == 0
            ? new MoveClockCommand(NodaTime.Duration.FromHours(i % 4 == 0 ? -30 : 1))
            : command));

        foreach (var command in moves)
        {
            var after = command.Run(record, clock).After;

            Assert.True(after.UpdatedAt >= record.UpdatedAt, $"{after.UpdatedAt} is before {record.UpdatedAt}");
            Assert.True(after.UpdatedAt >= after.CreatedAt);
            record = after;
        }
    }

    [Property(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 500, MaxRejected = 5000)]
    public Property Command_Refused_LeavesRecordExactlyAsItWas(RefusableCommand attempt)
    {
        var record = attempt.Record;
        var before = CpdRecord.Restore(record.ToState());
        var stateBefore = RecordSnapshot.Of(record.ToState());
        var clock = new FakeClock(record.UpdatedAt + NodaTime.Duration.FromMinutes(5));

        var (after, outcome) = attempt.Command.Run(record, clock);
        var refused = outcome is CommandOutcome.FailsValidation or CommandOutcome.FailsLifecycle
            or CommandOutcome.FailsConflict;

        // Commands that were accepted say nothing about refusals: they are discarded, not counted.
        return Prop.When(refused, () =>
        {
            Assert.Same(record, after);
            Assert.Equal(before, record);
            Assert.Equal(stateBefore, RecordSnapshot.Of(record.ToState()));
        }).Classify(outcome == CommandOutcome.FailsConflict, "conflict")
            .Classify(outcome == CommandOutcome.FailsLifecycle, "lifecycle")
            .Classify(outcome == CommandOutcome.FailsValidation, "validation");
    }

    [Property(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 300)]
    public void Restore_StateOfAnyRecord_GivesAnEqualRecord(RecordSample sample)
    {
        var restored = CpdRecord.Restore(sample.Record.ToState());

        Assert.Equal(sample.Record, restored);
        Assert.Equal(RecordSnapshot.Of(sample.Record.ToState()), RecordSnapshot.Of(restored.ToState()));
        Assert.Equal(sample.Record.GetHashCode(), restored.GetHashCode());
    }

    private static void AssertStatusFollowsAnswers(CpdRecord record)
    {
        var questions = record.Framework.Questions;
        var answered = questions.Count(q => !string.IsNullOrWhiteSpace(record.AnswerTo(q.Key)?.Text));
        var expected = answered == questions.Count ? CpdRecordStatus.Completed
            : answered == 0 ? CpdRecordStatus.NotStarted
            : CpdRecordStatus.InProgress;

        Assert.Equal(expected, record.Status);
        Assert.Equal(answered, record.Answers.Count);
        Assert.Equal(questions.Count - answered, record.UnansweredQuestions.Count);
    }
}
