namespace Cpd.Domain.Records;

/// <summary>The consistency rules a stored record must meet to be restored.</summary>
internal static class StateRules
{
    public static IReadOnlyList<ValidationError> Check(CpdRecordState state)
    {
        var errors = new List<ValidationError>(state.Details.Validate());
        foreach (var (key, answer) in state.Answers)
        {
            if (AnswerRules.Check(state.Framework, key, answer.Text) is { } error)
            {
                errors.Add(error);
            }
            else if (answer.Revision < 1 || answer.Revision > state.Version)
            {
                errors.Add(Inconsistent(CpdRecordFields.Answer(key), "The answer's revision is outside the record's versions."));
            }
        }

        if (state.Version < 1)
        {
            errors.Add(Inconsistent("version", "The version must be 1 or more."));
        }

        if (state.DetailsRevision < 1 || state.DetailsRevision > state.Version)
        {
            errors.Add(Inconsistent("detailsRevision", "The details revision is outside the record's versions."));
        }

        if (state.UpdatedAt < state.CreatedAt)
        {
            errors.Add(Inconsistent("updatedAt", "The record cannot change before it was created."));
        }

        return errors;
    }

    private static ValidationError Inconsistent(string field, string message) =>
        new(field, ValidationRule.OutOfRange, message);
}
