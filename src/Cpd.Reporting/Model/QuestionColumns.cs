using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Scriban.Runtime;

namespace Cpd.Reporting.Model;

/// <summary>
/// The questions of every selected record, one column each, for reports laid out as a table (CSV). Records
/// answered against different frameworks share a column when their questions share a key; a record whose
/// framework lacks a question has no answer in that column.
/// </summary>
internal sealed class QuestionColumns
{
    private readonly List<ReflectionQuestion> _columns = [];

    public QuestionColumns(IEnumerable<CpdRecord> records)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var question in records.SelectMany(record => record.Framework.Questions))
        {
            if (seen.Add(question.Key))
            {
                _columns.Add(question);
            }
        }
    }

    public int Count => _columns.Count;

    /// <summary>The columns as the template sees them: each with its question's <c>key</c> and <c>text</c>.</summary>
    public ScriptArray ToScriptArray()
    {
        var columns = new ScriptArray(_columns.Count);
        foreach (var question in _columns)
        {
            columns.Add(new ScriptObject { ["key"] = question.Key, ["text"] = question.Text });
        }

        return columns;
    }

    /// <summary>A record's answer in each column, in column order; <see langword="null"/> where it has none.</summary>
    public ScriptArray AnswersOf(CpdRecord record)
    {
        var answers = new ScriptArray(_columns.Count);
        foreach (var question in _columns)
        {
            answers.Add(record.AnswerTo(question.Key)?.Text);
        }

        return answers;
    }
}
