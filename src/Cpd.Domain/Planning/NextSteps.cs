using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Domain.Planning;

/// <summary>
/// Turns what a member said they will do next (their answer to a record's next-steps question) into their
/// plan: a new development objective, or a planned record that follows the source record up. Each function is
/// pure; the answer is carried over whole, so nothing the member typed is lost, and the title is drawn from its
/// first line.
/// </summary>
public static class NextSteps
{
    /// <summary>The key of the next-steps question in <see cref="ReflectionFrameworks.Default"/>.</summary>
    public const string QuestionKey = "next-steps";

    /// <summary>Tells whether a record has a next-steps answer to plan from.</summary>
    /// <param name="source">The record.</param>
    /// <param name="questionKey">The key of the next-steps question in the record's framework.</param>
    /// <returns><see langword="true"/> when the answer is saved.</returns>
    public static bool CanPlanFrom(CpdRecord source, string questionKey = QuestionKey)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.AnswerTo(questionKey) is not null;
    }

    /// <summary>
    /// Gets the details of an objective drawn from a record's next steps: the title from the answer's first line,
    /// the whole answer as why, serving the record's category if it has one.
    /// </summary>
    /// <param name="source">The record whose next steps become the objective.</param>
    /// <param name="questionKey">The key of the next-steps question in the record's framework.</param>
    /// <returns>The details, ready to be set (or shown to the member to adjust first).</returns>
    /// <exception cref="CpdNextStepsMissingException">The record has no next-steps answer.</exception>
    public static ObjectiveDetails ObjectiveDetailsFrom(CpdRecord source, string questionKey = QuestionKey)
    {
        var answer = AnswerOf(source, questionKey);
        return new ObjectiveDetails
        {
            Title = NextStepsTitle.From(answer, PlanLimits.TitleMaxLength),
            Why = answer,
            Serves = source.Category is { } category ? [category] : [],
        };
    }

    /// <summary>Sets a new objective drawn from a record's next steps (<see cref="ObjectiveDetailsFrom"/>).</summary>
    /// <param name="source">The record whose next steps become the objective.</param>
    /// <param name="id">The new objective's id.</param>
    /// <param name="clock">The clock that stamps the objective.</param>
    /// <param name="questionKey">The key of the next-steps question in the record's framework.</param>
    /// <returns>The objective, at version 1, in the source record's member's plan.</returns>
    /// <exception cref="CpdNextStepsMissingException">The record has no next-steps answer.</exception>
    public static DevelopmentObjective ToObjective(
        CpdRecord source, ObjectiveId id, IClock clock, string questionKey = QuestionKey) =>
        DevelopmentObjective.Create(id, source.MemberId, ObjectiveDetailsFrom(source, questionKey), clock);

    /// <summary>
    /// Gets the details of a planned record that follows a record's next steps up: the title from the answer's
    /// first line, the whole answer as notes, and the source's category and objectives; the source is named in
    /// <see cref="CpdRecordDetails.FollowsUp"/>, so the new record counts as planned.
    /// </summary>
    /// <param name="source">The record whose next steps the new record follows up.</param>
    /// <param name="questionKey">The key of the next-steps question in the record's framework.</param>
    /// <returns>The details, ready to be recorded (or shown to the member to adjust first).</returns>
    /// <exception cref="CpdNextStepsMissingException">The record has no next-steps answer.</exception>
    public static CpdRecordDetails PlannedRecordDetailsFrom(CpdRecord source, string questionKey = QuestionKey)
    {
        var answer = AnswerOf(source, questionKey);
        return new CpdRecordDetails
        {
            Title = NextStepsTitle.From(answer, CpdRecordLimits.TitleMaxLength),
            Category = source.Category,
            Notes = answer,
            Objectives = source.Objectives,
            FollowsUp = source.Id,
        };
    }

    /// <summary>
    /// Creates a planned record that follows a record's next steps up (see <see cref="PlannedRecordDetailsFrom"/>).
    /// </summary>
    /// <param name="source">The record whose next steps the new record follows up.</param>
    /// <param name="id">The new record's id.</param>
    /// <param name="framework">The framework the new record is answered against.</param>
    /// <param name="clock">The clock that stamps the record.</param>
    /// <param name="questionKey">The key of the next-steps question in the source record's framework.</param>
    /// <returns>The new record, at version 1 with no answers, owned by the source record's member.</returns>
    /// <exception cref="CpdNextStepsMissingException">The record has no next-steps answer.</exception>
    public static CpdRecord ToPlannedRecord(
        CpdRecord source,
        CpdRecordId id,
        ReflectionFramework framework,
        IClock clock,
        string questionKey = QuestionKey) =>
        CpdRecord.Create(id, source.MemberId, framework, PlannedRecordDetailsFrom(source, questionKey), clock);

    private static string AnswerOf(CpdRecord source, string questionKey)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(questionKey);
        return source.AnswerTo(questionKey)?.Text
            ?? throw new CpdNextStepsMissingException(
                source.Id, questionKey, source.Framework.HasQuestion(questionKey));
    }
}
