using NodaTime;

namespace Cpd.Domain.Records;

public sealed partial class CpdRecord
{
    /// <summary>Changes the record's details: title, activity date, category, hours, notes and reminder date.</summary>
    /// <param name="details">The details as the member wants them now.</param>
    /// <param name="expectedRevision">The <see cref="DetailsRevision"/> the member started from.</param>
    /// <param name="clock">The clock that stamps the change.</param>
    /// <returns>The changed record; this same record when the details are unchanged.</returns>
    /// <exception cref="CpdValidationException">A field is invalid; every problem is listed.</exception>
    /// <exception cref="CpdDetailsConflictException">The details were changed meanwhile in another sitting.</exception>
    public CpdRecord ChangeDetails(CpdRecordDetails details, long expectedRevision, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(clock);

        var normalized = details.Normalize();
        if (normalized == Details)
        {
            return this;
        }

        if (expectedRevision != DetailsRevision)
        {
            throw new CpdDetailsConflictException(normalized, Details);
        }

        return With(Content() with { Details = normalized, DetailsRevision = Version + 1 }, clock);
    }
}
