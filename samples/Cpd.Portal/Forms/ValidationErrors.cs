using Cpd.Domain;
using Cpd.Domain.Records;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cpd.Portal.Forms;

/// <summary>Places the library's validation errors next to the form fields they name.</summary>
public static class ValidationErrors
{
    private static readonly Dictionary<string, string> FormFields = new(StringComparer.Ordinal)
    {
        [CpdRecordFields.Title] = nameof(RecordForm.Title),
        [CpdRecordFields.ActivityDate] = nameof(RecordForm.ActivityDate),
        [CpdRecordFields.Category] = nameof(RecordForm.Category),
        [CpdRecordFields.Hours] = nameof(RecordForm.Hours),
        [CpdRecordFields.Notes] = nameof(RecordForm.Notes),
        [CpdRecordFields.ReminderDate] = nameof(RecordForm.ReminderDate),
    };

    /// <summary>
    /// Adds each error under its form field; an error for no known field goes to the form as a whole.
    /// </summary>
    /// <param name="state">The page's model state.</param>
    /// <param name="exception">The library's refusal.</param>
    /// <param name="prefix">The form's field name prefix, such as <c>Form</c>.</param>
    public static void AddTo(ModelStateDictionary state, CpdValidationException exception, string prefix) =>
        AddTo(state, exception, prefix, FormFields);

    /// <summary>
    /// Adds each error under the form field a map names for the library's field; others go to the form as a whole.
    /// </summary>
    /// <param name="state">The page's model state.</param>
    /// <param name="exception">The library's refusal.</param>
    /// <param name="prefix">The form's field name prefix.</param>
    /// <param name="fields">The form field of each library field name.</param>
    public static void AddTo(
        ModelStateDictionary state,
        CpdValidationException exception,
        string prefix,
        IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var error in exception.Errors)
        {
            var key = fields.TryGetValue(error.Field, out var field) ? $"{prefix}.{field}" : string.Empty;
            state.AddModelError(key, error.Message);
        }
    }
}
