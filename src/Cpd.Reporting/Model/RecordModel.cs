using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using NodaTime;
using Scriban.Runtime;

namespace Cpd.Reporting.Model;

/// <summary>One record as the template sees it: plain strings, numbers, booleans, arrays; never the record.</summary>
/// <remarks>An absent value (no category, no answer, no date) is <see langword="null"/>, which a template tests
/// with <c>if</c>; an empty string would count as present, so notes come with <c>has_notes</c>.</remarks>
internal sealed class RecordModel(
    ReportText text, LocalDate memberToday, DateTimeZone zone, QuestionColumns columns, PlanModel plan)
{
    // Sized up front: a record's object is built a thousand times for a long report, and growing it costs more.
    private const int RecordMembers = 21;

    public ScriptObject Build(CpdRecord record) => new(RecordMembers)
    {
        ["id"] = record.Id.ToString(),
        ["anchor"] = $"record-{record.Id}",
        ["title"] = record.Title,
        ["status"] = ReportText.StatusLabel(record.Status),
        ["status_key"] = ReportText.StatusKey(record.Status),
        ["overdue"] = record.IsOverdueOn(memberToday),
        ["activity_date"] = DateOrNull(record.ActivityDate),
        ["category"] = record.Category,
        ["hours"] = record.Hours is { } hours ? Hours(hours) : null,
        ["reminder_date"] = DateOrNull(record.ReminderDate),
        ["notes"] = record.Notes,
        ["has_notes"] = !string.IsNullOrWhiteSpace(record.Notes),
        ["framework"] = Framework(record.Framework),
        ["questions"] = Questions(record),
        ["column_answers"] = columns.AnswersOf(record),
        ["created_at"] = text.Moment(record.CreatedAt, zone).ToScriptObject(),
        ["updated_at"] = text.Moment(record.UpdatedAt, zone).ToScriptObject(),
        ["version"] = record.Version,
        ["planned"] = record.IsPlanned,
        ["objectives"] = plan.ObjectivesOf(record),
        ["follows_up"] = plan.FollowedUp(record),
    };

    /// <summary>How many loop iterations a template needs to visit the record, its questions and columns.</summary>
    public int Iterations(CpdRecord record) =>
        1 + record.Framework.Questions.Count + columns.Count + record.Objectives.Count;

    /// <summary>Hours as a number for machines (without trailing zeros) and as text for people.</summary>
    public ScriptObject Hours(decimal hours) => text.Amount(hours);

    private static ScriptObject Framework(ReflectionFramework framework) => new(3)
    {
        ["id"] = framework.Id,
        ["version"] = framework.Version,
        ["name"] = framework.Name,
    };

    private ScriptArray Questions(CpdRecord record)
    {
        var questions = new ScriptArray(record.Framework.Questions.Count);
        foreach (var question in record.Framework.Questions)
        {
            questions.Add(Question(question, record.AnswerTo(question.Key)));
        }

        return questions;
    }

    private ScriptObject Question(ReflectionQuestion question, ReflectionAnswer? answer) => new(4)
    {
        ["key"] = question.Key,
        ["text"] = question.Text,
        ["answer"] = answer?.Text,
        ["saved_at"] = answer is null ? null : text.Moment(answer.SavedAt, zone).ToScriptObject(),
    };

    private ScriptObject? DateOrNull(LocalDate? date) => date is { } value ? text.Date(value).ToScriptObject() : null;
}
