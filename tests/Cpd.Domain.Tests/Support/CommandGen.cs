using Cpd.Domain.Records;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Cpd.Domain.Tests.Support;

/// <summary>
/// Generators of a member's commands, legal and illegal, and of records taken through them. Each is built
/// once: they are declared in the order they depend on one another.
/// </summary>
public static class CommandGen
{
    /// <summary>A question key no generated framework has: keys are lower-case, this one is not.</summary>
    public const string ForeignKey = "Not-A-Question";

    /// <summary>Gets a question of the record's framework (by position), or now and then a foreign key.</summary>
    public static Gen<QuestionPick> Question { get; } =
        Gen.Frequency(
            (12, Gen.Choose(0, 6).Select(i => new QuestionPick(i, null))),
            (1, Gen.Constant(new QuestionPick(0, ForeignKey))));

    /// <summary>Gets mostly up-to-date revisions, sometimes none or stale ones.</summary>
    public static Gen<RevisionChoice> Revision { get; } =
        Gen.Frequency(
            (6, Gen.Constant(RevisionChoice.Current)),
            (1, Gen.Constant(RevisionChoice.None)),
            (1, Gen.Constant(RevisionChoice.Stale)));

    /// <summary>Gets a revision a sitting that is behind names.</summary>
    public static Gen<RevisionChoice> OutOfDate { get; } = Gen.Elements(RevisionChoice.None, RevisionChoice.Stale);

    /// <summary>Gets a save of a valid text, an invalid one, or the stored one again.</summary>
    public static Gen<RecordCommand> SaveAnswer { get; } =
        from question in Question
        from valid in Gen.Frequency((6, Gen.Constant(true)), (1, Gen.Constant(false)))
        from text in valid ? DomainGen.AnswerText : DomainGen.InvalidAnswerText
        from repeat in Gen.Frequency((8, Gen.Constant(false)), (1, Gen.Constant(true)))
        from revision in Revision
        select (RecordCommand)new SaveAnswerCommand(question, text, valid, repeat, revision);

    /// <summary>Gets a clear of any question, answered or not.</summary>
    public static Gen<RecordCommand> ClearAnswer { get; } =
        from question in Question
        from revision in Revision
        select (RecordCommand)new ClearAnswerCommand(question, revision);

    /// <summary>Gets a change of details: valid, invalid or unchanged.</summary>
    public static Gen<RecordCommand> ChangeDetails { get; } =
        from details in Gen.Frequency((3, DomainGen.Details), (1, DomainGen.InvalidDetails))
        from repeat in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from revision in Revision
        select (RecordCommand)new ChangeDetailsCommand(details, repeat, revision);

    /// <summary>Gets a move of the clock of up to two days forward or back.</summary>
    public static Gen<RecordCommand> MoveClock { get; } =
        from minutes in Gen.Choose(-2 * 24 * 60, 2 * 24 * 60)
        from nanoseconds in Gen.Choose(0, 999_999_999)
        let offset = Duration.FromMinutes(minutes) + Duration.FromNanoseconds(nanoseconds)
        select (RecordCommand)new MoveClockCommand(offset);

    /// <summary>Gets saves and clears only: the commands that move a record through its lifecycle.</summary>
    public static Gen<RecordCommand> AnswerCommand { get; } = Gen.Frequency((3, SaveAnswer), (1, ClearAnswer));

    /// <summary>Gets any command of the journey, including moves of the clock.</summary>
    public static Gen<RecordCommand> AnyCommand { get; } =
        Gen.Frequency((6, SaveAnswer), (2, ClearAnswer), (2, ChangeDetails), (1, MoveClock));

    /// <summary>Gets commands the rules mostly refuse: invalid input, stale revisions, clears of nothing.</summary>
    public static Gen<RecordCommand> LikelyRefused { get; } =
        Gen.OneOf(
            from question in Question
            from text in DomainGen.InvalidAnswerText
            from revision in Revision
            select (RecordCommand)new SaveAnswerCommand(question, text, false, false, revision),
            from question in Question
            from text in DomainGen.AnswerText
            select (RecordCommand)new SaveAnswerCommand(question, text, true, false, RevisionChoice.Stale),
            from question in Question
            from revision in OutOfDate
            select (RecordCommand)new ClearAnswerCommand(question, revision),
            from details in DomainGen.InvalidDetails
            select (RecordCommand)new ChangeDetailsCommand(details, false, RevisionChoice.Current),
            from details in DomainGen.Details
            from revision in OutOfDate
            select (RecordCommand)new ChangeDetailsCommand(details, false, revision));

    /// <summary>Gets any valid record: created, then taken through a run of commands (refused ones skipped).</summary>
    public static Gen<CpdRecord> Record { get; } =
        from created in DomainGen.NewRecord
        from count in Gen.Choose(0, 12)
        from commands in Gen.ArrayOf(AnyCommand, count)
        select DomainGen.Replay(created, commands);
}
