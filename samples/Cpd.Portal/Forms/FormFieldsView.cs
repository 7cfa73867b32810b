using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cpd.Portal.Forms;

/// <summary>The names, ids and errors of one form's fields, for forms that are not a record's details.</summary>
/// <param name="Prefix">The form's field name prefix, such as <c>Objective</c>.</param>
/// <param name="State">The page's model state, which holds the errors.</param>
public sealed record FormFieldsView(string Prefix, ModelStateDictionary State)
{
    /// <summary>Gets a field's name, as posted.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The name.</returns>
    public string Name(string field) => $"{Prefix}.{field}";

    /// <summary>Gets a field's element id.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The id.</returns>
    public string Id(string field) => $"{Prefix}-{field}".ToLowerInvariant();

    /// <summary>Gets the error shown under a field, if any.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The error, or <see langword="null"/>.</returns>
    public FieldError? Error(string field) =>
        State.TryGetValue(Name(field), out var entry) && entry.Errors.Count > 0
            ? new FieldError(Id(field) + "-error", string.Join(" ", entry.Errors.Select(error => error.ErrorMessage)))
            : null;

    /// <summary>Gets <c>true</c> for <c>aria-invalid</c> when the field has an error.</summary>
    /// <param name="field">The field.</param>
    /// <returns><c>true</c>, or <see langword="null"/> to leave the attribute out.</returns>
    public string? Invalid(string field) => Error(field) is null ? null : "true";

    /// <summary>Gets the ids of the field's hint and error, for <c>aria-describedby</c>.</summary>
    /// <param name="field">The field.</param>
    /// <param name="hint">The hint's id suffix, if the field has a hint.</param>
    /// <returns>The ids, or <see langword="null"/> when there are none.</returns>
    public string? DescribedBy(string field, string? hint = null)
    {
        string?[] ids = [hint is null ? null : $"{Id(field)}-{hint}", Error(field)?.Id];
        var present = ids.OfType<string>().ToArray();
        return present.Length == 0 ? null : string.Join(' ', present);
    }

    /// <summary>Gets the messages of errors that belong to no field, shown above the form.</summary>
    public IReadOnlyList<string> FormErrors =>
        State.TryGetValue(string.Empty, out var entry)
            ? [.. entry.Errors.Select(error => error.ErrorMessage)]
            : [];
}
