using Cpd.Domain.Records;

namespace Cpd.Storage.Tests.Support;

/// <summary>
/// Two sittings on one record, each saving an answer from an up-to-date start, with the order in which
/// their store calls interleave.
/// </summary>
/// <param name="Record">The stored record both sittings start from.</param>
/// <param name="FirstKey">The question the first sitting answers.</param>
/// <param name="FirstText">The first sitting's text.</param>
/// <param name="SecondKey">The question the second sitting answers.</param>
/// <param name="SecondText">The second sitting's text.</param>
/// <param name="Schedule">Which sitting makes the next store call, turn by turn.</param>
public sealed record TwoAnswers(
    CpdRecord Record,
    string FirstKey,
    string FirstText,
    string SecondKey,
    string SecondText,
    IReadOnlyList<int> Schedule)
{
    /// <summary>Gets the revision both sittings saw for <paramref name="key"/>.</summary>
    public long SeenRevision(string key) => Record.AnswerTo(key)?.Revision ?? CpdRecord.NoRevision;

    public override string ToString() =>
        $"{Record}: [{FirstKey}] '{FirstText}' and [{SecondKey}] '{SecondText}', turns {string.Concat(Schedule)}";
}
