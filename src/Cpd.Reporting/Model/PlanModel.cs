using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using Scriban.Runtime;

namespace Cpd.Reporting.Model;

/// <summary>
/// The member's development plan as the template sees it (<c>plan</c>), and each record's links to it: whether
/// the record was planned, which objectives it serves and which record it follows up.
/// </summary>
internal sealed class PlanModel
{
    private readonly PlanProgress? _progress;
    private readonly ReportText _text;
    private readonly Dictionary<ObjectiveId, DevelopmentObjective> _objectives;
    private readonly IReadOnlyList<CpdRecord> _selected;
    private readonly Dictionary<CpdRecordId, CpdRecord> _records = [];

    public PlanModel(PlanProgress? progress, IReadOnlyList<CpdRecord> selected, ReportText text)
    {
        _progress = progress;
        _text = text;
        _objectives = progress?.Objectives.ToDictionary(entry => entry.Objective.Id, entry => entry.Objective) ?? [];
        _selected = selected;
        foreach (var record in selected)
        {
            _records.TryAdd(record.Id, record);
        }
    }

    /// <summary>How many loop iterations a template needs to visit each objective and the records serving it.</summary>
    public int Iterations => _progress is null
        ? 0
        : _progress.Objectives.Count + _progress.Objectives.Sum(entry => Serving(entry.Objective).Count());

    /// <summary>The <c>plan</c> object; <see langword="null"/> when the report leaves the plan out.</summary>
    public ScriptObject? Build() => _progress is null ? null : Plan(_progress);

    /// <summary>The objectives a record serves, as <c>record.objectives</c> lists them.</summary>
    public ScriptArray ObjectivesOf(CpdRecord record)
    {
        var links = new ScriptArray(record.Objectives.Count);
        foreach (var id in record.Objectives)
        {
            links.Add(new ScriptObject(3)
            {
                ["id"] = id.ToString(),
                ["anchor"] = Anchor(id),
                ["title"] = _objectives.TryGetValue(id, out var objective) ? objective.Title : null,
            });
        }

        return links;
    }

    /// <summary>The record a record follows up, as <c>record.follows_up</c> shows it.</summary>
    public ScriptObject? FollowedUp(CpdRecord record) => record.FollowsUp is { } id
        ? RecordLink(id, _records.TryGetValue(id, out var earlier) ? earlier.Title : null)
        : null;

    /// <summary>The status of an objective as a member reads it.</summary>
    public static string StatusLabel(ObjectiveStatus status) => status switch
    {
        ObjectiveStatus.Planned => "Planned",
        ObjectiveStatus.InProgress => "In progress",
        ObjectiveStatus.Achieved => "Achieved",
        ObjectiveStatus.Dropped => "Dropped",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown objective status."),
    };

    /// <summary>The status of an objective as a key: planned, in-progress, achieved or dropped.</summary>
    public static string StatusKey(ObjectiveStatus status) => status switch
    {
        ObjectiveStatus.Planned => "planned",
        ObjectiveStatus.InProgress => "in-progress",
        ObjectiveStatus.Achieved => "achieved",
        ObjectiveStatus.Dropped => "dropped",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown objective status."),
    };

    private ScriptObject Plan(PlanProgress progress)
    {
        var objectives = new ScriptArray(progress.Objectives.Count);
        foreach (var entry in progress.Objectives)
        {
            objectives.Add(Objective(entry));
        }

        return new ScriptObject
        {
            ["objectives"] = objectives,
            ["by_status"] = ByStatus(progress),
            ["overdue"] = progress.Overdue.Count,
            ["planned_records"] = progress.PlannedRecords,
            ["unplanned_records"] = progress.UnplannedRecords,
            ["total_records"] = progress.TotalRecords,
            ["planned_hours"] = _text.Amount(progress.PlannedHours),
            ["unplanned_hours"] = _text.Amount(progress.UnplannedHours),
            ["planned_share"] = ShareOrNull(progress.PlannedShare),
            ["planned_hours_share"] = ShareOrNull(progress.PlannedHoursShare),
            ["last_review"] = progress.LastReview is { } review ? Review(review) : null,
        };
    }

    private ScriptObject Objective(ObjectiveProgress entry)
    {
        var objective = entry.Objective;
        return new ScriptObject
        {
            ["id"] = objective.Id.ToString(),
            ["anchor"] = Anchor(objective.Id),
            ["title"] = objective.Title,
            ["why"] = objective.Details.Why,
            ["status"] = StatusLabel(objective.Status),
            ["status_key"] = StatusKey(objective.Status),
            ["target_date"] = objective.TargetDate is { } target ? _text.Date(target).ToScriptObject() : null,
            ["overdue"] = entry.IsOverdue,
            ["serves"] = Texts(objective.Details.Serves),
            ["records"] = entry.Records,
            ["completed_records"] = entry.CompletedRecords,
            ["hours"] = _text.Amount(entry.Hours),
            ["serving"] = ServingLinks(objective),
        };
    }

    private ScriptArray ServingLinks(DevelopmentObjective objective)
    {
        var links = new ScriptArray();
        foreach (var record in Serving(objective))
        {
            links.Add(RecordLink(record.Id, record.Title));
        }

        return links;
    }

    private IEnumerable<CpdRecord> Serving(DevelopmentObjective objective) =>
        _selected.Where(record => record.Objectives.Contains(objective.Id));

    private static ScriptArray Texts(IEnumerable<string> texts)
    {
        var array = new ScriptArray();
        foreach (var text in texts)
        {
            array.Add(text);
        }

        return array;
    }

    private static ScriptObject ByStatus(PlanProgress progress) => new(4)
    {
        ["planned"] = progress.ObjectivesByStatus[ObjectiveStatus.Planned],
        ["in_progress"] = progress.ObjectivesByStatus[ObjectiveStatus.InProgress],
        ["achieved"] = progress.ObjectivesByStatus[ObjectiveStatus.Achieved],
        ["dropped"] = progress.ObjectivesByStatus[ObjectiveStatus.Dropped],
    };

    private ScriptObject Review(PlanReview review) => new(2)
    {
        ["reviewed_on"] = _text.Date(review.ReviewedOn).ToScriptObject(),
        ["outcome"] = review.Outcome,
    };

    private ScriptObject? ShareOrNull(decimal? share) => share is { } value ? _text.Share(value) : null;

    private static ScriptObject RecordLink(CpdRecordId id, string? title) => new(3)
    {
        ["id"] = id.ToString(),
        ["anchor"] = $"record-{id}",
        ["title"] = title,
    };

    private static string Anchor(ObjectiveId id) => $"objective-{id}";
}
