using Cpd.Domain.Frameworks;

namespace Cpd.Domain.Records;

/// <summary>The validation rules for one answer.</summary>
internal static class AnswerRules
{
    public static ValidationError? Check(ReflectionFramework framework, string key, string? text) =>
        CheckKey(framework, key) ?? CheckText(key, text);

    public static ValidationError? CheckKey(ReflectionFramework framework, string? key) =>
        key is not null && framework.HasQuestion(key)
            ? null
            : new ValidationError(
                CpdRecordFields.Answer(key),
                ValidationRule.UnknownQuestion,
                $"'{key}' is not a question of {framework.Name} (expected one of: {KeysOf(framework)}).");

    private static ValidationError? CheckText(string key, string? text) =>
        TextRules.IsBlank(text)
            ? new ValidationError(
                CpdRecordFields.Answer(key), ValidationRule.Required, "An answer must not be blank; clear it instead.")
            : TextRules.CheckMultiLine(CpdRecordFields.Answer(key), text, CpdRecordLimits.AnswerMaxLength);

    private static string KeysOf(ReflectionFramework framework) =>
        string.Join(", ", framework.Questions.Select(question => question.Key));
}
