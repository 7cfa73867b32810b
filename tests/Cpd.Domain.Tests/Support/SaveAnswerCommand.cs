using Cpd.Domain.Records;
using NodaTime.Testing;

namespace Cpd.Domain.Tests.Support;

/// <summary>Saves an answer: a valid text, an invalid one, or the text already stored.</summary>
/// <param name="Question">The question answered.</param>
/// <param name="Text">The text typed; ignored when <paramref name="RepeatStored"/> and an answer is stored.</param>
/// <param name="TextIsValid">Whether <paramref name="Text"/> obeys the answer rules.</param>
/// <param name="RepeatStored">Send exactly the stored text again.</param>
/// <param name="Revision">The revision the sitting names.</param>
public sealed record SaveAnswerCommand(
    QuestionPick Question, string Text, bool TextIsValid, bool RepeatStored, RevisionChoice Revision)
    : RecordCommand
{
    public override CpdRecord Apply(CpdRecord record, FakeClock clock)
    {
        var key = Question.KeyIn(record.Framework);
        var stored = record.AnswerTo(key);
        return record.SaveAnswer(key, TextFor(stored), Revisions.Pick(Revision, stored?.Revision ?? 0), clock);
    }

    public override CommandOutcome Expect(CpdRecord record)
    {
        var key = Question.KeyIn(record.Framework);
        var stored = record.AnswerTo(key);
        if (Question.UnknownKey is not null || !(TextIsValid || RepeatsStored(stored)))
        {
            return CommandOutcome.FailsValidation;
        }

        if (stored is not null && stored.Text == TextFor(stored))
        {
            return CommandOutcome.ReturnsSame;
        }

        return Revisions.Pick(Revision, stored?.Revision ?? 0) == (stored?.Revision ?? CpdRecord.NoRevision)
            ? CommandOutcome.Changes
            : CommandOutcome.FailsConflict;
    }

    public override string ToString() =>
        $"Save {Question} {(RepeatStored ? "(stored text)" : Show(Text))} at {Revision} revision";

    private bool RepeatsStored(ReflectionAnswer? stored) => RepeatStored && stored is not null;

    private string TextFor(ReflectionAnswer? stored) => RepeatsStored(stored) ? stored!.Text : Text;

    private static string Show(string text) => text.Length > 40 ? $"'{text[..40]}…' ({text.Length})" : $"'{text}'";
}
