namespace Cpd.Domain;

/// <summary>One problem with one input field: which field, which rule, and a sentence for the member.</summary>
/// <param name="Field">The field at fault, such as <c>title</c> or <c>answers.learning</c>.</param>
/// <param name="Rule">The rule the value broke.</param>
/// <param name="Message">A sentence that says what to fix.</param>
public sealed record ValidationError(string Field, ValidationRule Rule, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message}";
}
