using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using NodaTime;
using Scriban.Runtime;

namespace Cpd.Reporting.Model;

/// <summary>One record as the template sees it: plain strings, booleans and arrays, never the record itself.</summary>
/// <remarks>An absent value (no category, no answer, blank notes) is <see langword="null"/>, which a template
/// tests with <c>if</c>; an empty string would count as present.</remarks>
internal static class RecordModel
{
    public static ScriptObject Build(CpdRecord record, LocalDate memberToday) => new()
    {
        ["anchor"] = $"record-{record.Id}",
        ["title"] = record.Title,
        ["status"] = ReportText.StatusLabel(record.Status),
        ["status_key"] = ReportText.StatusKey(record.Status),
        ["overdue"] = record.IsOverdueOn(memberToday),
        ["activity_date"] = DateOrNull(record.ActivityDate),
        ["category"] = record.Category,
        ["hours"] = record.Hours is { } hours ? ReportText.Hours(hours) : null,
        ["reminder_date"] = DateOrNull(record.ReminderDate),
        ["notes"] = string.IsNullOrWhiteSpace(record.Notes) ? null : record.Notes,
        ["framework"] = record.Framework.Name,
        ["questions"] = Questions(record),
    };

    /// <summary>How many loop iterations a template needs to visit this record and its questions once.</summary>
    public static int Iterations(CpdRecord record) => 1 + record.Framework.Questions.Count;

    private static ScriptArray Questions(CpdRecord record)
    {
        var questions = new ScriptArray(record.Framework.Questions.Count);
        foreach (var question in record.Framework.Questions)
        {
            questions.Add(Question(question, record.AnswerTo(question.Key)));
        }

        return questions;
    }

    private static ScriptObject Question(ReflectionQuestion question, ReflectionAnswer? answer) => new()
    {
        ["key"] = question.Key,
        ["text"] = question.Text,
        ["answer"] = answer?.Text,
    };

    private static ScriptObject? DateOrNull(LocalDate? date) =>
        date is { } value ? ReportText.Date(value).ToScriptObject() : null;
}
