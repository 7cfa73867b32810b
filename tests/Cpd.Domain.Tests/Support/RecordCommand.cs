using Cpd.Domain.Records;
using NodaTime.Testing;

namespace Cpd.Domain.Tests.Support;

/// <summary>One step of a member's journey with a record, legal or not, and the outcome the rules predict.</summary>
public abstract record RecordCommand
{
    /// <summary>Sends the command; throws what the record throws.</summary>
    public abstract CpdRecord Apply(CpdRecord record, FakeClock clock);

    /// <summary>The outcome the domain rules predict for this record.</summary>
    public abstract CommandOutcome Expect(CpdRecord record);

    /// <summary>Sends the command and reports what happened; exceptions outside the CPD family escape.</summary>
    public (CpdRecord After, CommandOutcome Outcome) Run(CpdRecord record, FakeClock clock)
    {
        try
        {
            var after = Apply(record, clock);
            return (after, ReferenceEquals(after, record) ? CommandOutcome.ReturnsSame : CommandOutcome.Changes);
        }
        catch (CpdValidationException)
        {
            return (record, CommandOutcome.FailsValidation);
        }
        catch (CpdLifecycleException)
        {
            return (record, CommandOutcome.FailsLifecycle);
        }
        catch (CpdConflictException)
        {
            return (record, CommandOutcome.FailsConflict);
        }
    }
}
