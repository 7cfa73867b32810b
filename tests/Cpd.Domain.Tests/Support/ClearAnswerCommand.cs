using Cpd.Domain.Records;
using NodaTime.Testing;

namespace Cpd.Domain.Tests.Support;

/// <summary>Clears an answer, whether or not one is saved.</summary>
/// <param name="Question">The question concerned.</param>
/// <param name="Revision">The revision the sitting names.</param>
public sealed record ClearAnswerCommand(QuestionPick Question, RevisionChoice Revision) : RecordCommand
{
    public override CpdRecord Apply(CpdRecord record, FakeClock clock)
    {
        var key = Question.KeyIn(record.Framework);
        return record.ClearAnswer(key, Revisions.Pick(Revision, record.AnswerTo(key)?.Revision ?? 0), clock);
    }

    public override CommandOutcome Expect(CpdRecord record)
    {
        var stored = record.AnswerTo(Question.KeyIn(record.Framework));
        if (Question.UnknownKey is not null)
        {
            return CommandOutcome.FailsValidation;
        }

        if (stored is null)
        {
            return CommandOutcome.FailsLifecycle;
        }

        return Revisions.Pick(Revision, stored.Revision) == stored.Revision
            ? CommandOutcome.Changes
            : CommandOutcome.FailsConflict;
    }

    public override string ToString() => $"Clear {Question} at {Revision} revision";
}
