using Cpd.Domain.Planning;

namespace Cpd.Portal.Forms;

/// <summary>How the plan pages word objectives' statuses.</summary>
public static class PlanText
{
    /// <summary>Gets the statuses in the order the forms offer them, with their labels.</summary>
    public static IReadOnlyList<(ObjectiveStatus Status, string Label)> Statuses { get; } =
    [
        (ObjectiveStatus.Planned, "Planned"),
        (ObjectiveStatus.InProgress, "In progress"),
        (ObjectiveStatus.Achieved, "Achieved"),
        (ObjectiveStatus.Dropped, "Dropped"),
    ];

    /// <summary>Gets a status's label.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The label.</returns>
    public static string Status(ObjectiveStatus status) =>
        Statuses.FirstOrDefault(entry => entry.Status == status).Label ?? status.ToString();

    /// <summary>Gets a status's badge classes.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The classes.</returns>
    public static string StatusClass(ObjectiveStatus status) => status switch
    {
        ObjectiveStatus.Planned => "badge badge-not-started",
        ObjectiveStatus.InProgress => "badge badge-in-progress",
        ObjectiveStatus.Achieved => "badge badge-completed",
        _ => "badge badge-dropped",
    };

    /// <summary>Reads a posted status name.</summary>
    /// <param name="text">The posted value.</param>
    /// <returns>The status, or <see langword="null"/> when it is not one.</returns>
    public static ObjectiveStatus? ReadStatus(string? text) =>
        Enum.TryParse<ObjectiveStatus>(text, ignoreCase: false, out var status)
        && Enum.IsDefined(status)
        && !int.TryParse(text, out _)
            ? status
            : null;
}
