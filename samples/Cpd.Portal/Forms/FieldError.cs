namespace Cpd.Portal.Forms;

/// <summary>An error shown under a form field.</summary>
/// <param name="Id">The error element's id, which the field names in <c>aria-describedby</c>.</param>
/// <param name="Message">What to fix.</param>
public sealed record FieldError(string Id, string Message);
