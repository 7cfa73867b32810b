using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cpd.Portal.Forms;

/// <summary>What the record fields partial needs: the values to show, the saved ones, and the errors.</summary>
/// <param name="Prefix">The form's field name prefix, such as <c>Form</c>.</param>
/// <param name="Values">The values to show: as typed, or as saved.</param>
/// <param name="Saved">
/// The saved values, which a browser draft is compared with; <see langword="null"/> for a new record.
/// </param>
/// <param name="State">The page's model state, which holds the errors.</param>
public sealed record RecordFieldsView(string Prefix, RecordForm Values, RecordForm? Saved, ModelStateDictionary State)
{
    /// <summary>Gets a field's form name.</summary>
    /// <param name="field">The property name.</param>
    /// <returns>The name.</returns>
    public string Name(string field) => $"{Prefix}.{field}";

    /// <summary>Gets a field's element id.</summary>
    /// <param name="field">The property name.</param>
    /// <returns>The id.</returns>
    public string Id(string field) => $"{Prefix}-{field}".ToLowerInvariant();

    /// <summary>Gets a field's error, if any.</summary>
    /// <param name="field">The property name.</param>
    /// <returns>The error, or <see langword="null"/>.</returns>
    public FieldError? Error(string field) =>
        State.TryGetValue(Name(field), out var entry) && entry.Errors.Count > 0
            ? new FieldError(Id(field) + "-error", string.Join(" ", entry.Errors.Select(error => error.ErrorMessage)))
            : null;

    /// <summary>Gets the <c>aria-invalid</c> value: <c>true</c> when the field has an error, else nothing.</summary>
    /// <param name="field">The property name.</param>
    /// <returns>The value, or <see langword="null"/> to leave the attribute out.</returns>
    public string? Invalid(string field) => Error(field) is null ? null : "true";

    /// <summary>Gets the ids that describe a field: its hint, if it has one, and its error.</summary>
    /// <param name="field">The property name.</param>
    /// <param name="hint">The hint id's suffix, when the field has a hint.</param>
    /// <returns>The ids, or <see langword="null"/> for none.</returns>
    public string? DescribedBy(string field, string? hint = null)
    {
        string?[] ids = [hint is null ? null : $"{Id(field)}-{hint}", Error(field)?.Id];
        var present = ids.OfType<string>().ToArray();
        return present.Length == 0 ? null : string.Join(' ', present);
    }
}
