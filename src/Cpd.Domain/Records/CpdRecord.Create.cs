using System.Collections.Immutable;
using Cpd.Domain.Frameworks;
using NodaTime;

namespace Cpd.Domain.Records;

public sealed partial class CpdRecord
{
    private static readonly ImmutableSortedDictionary<string, ReflectionAnswer> NoAnswers =
        ImmutableSortedDictionary.Create<string, ReflectionAnswer>(StringComparer.Ordinal);

    /// <summary>Creates a record at version 1, optionally with answers already written (as an import has).</summary>
    /// <param name="id">The new record's id.</param>
    /// <param name="memberId">The member who owns it.</param>
    /// <param name="framework">The reflection framework it is answered against.</param>
    /// <param name="details">The title and optional details.</param>
    /// <param name="clock">The clock that stamps the creation instant.</param>
    /// <param name="answers">Answers by question key; each must be non-blank.</param>
    /// <returns>The new record.</returns>
    /// <exception cref="CpdValidationException">A field or answer is invalid; every problem is listed.</exception>
    public static CpdRecord Create(
        CpdRecordId id,
        MemberId memberId,
        ReflectionFramework framework,
        CpdRecordDetails details,
        IClock clock,
        IReadOnlyDictionary<string, string>? answers = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(clock);
        ThrowIfUninitialized(id, memberId);

        var now = clock.GetCurrentInstant();
        const long FirstVersion = 1;
        var given = answers ?? ImmutableDictionary<string, string>.Empty;
        var errors = details.Validate()
            .Concat(given.Select(pair => AnswerRules.Check(framework, pair.Key, pair.Value)).OfType<ValidationError>())
            .ToList();
        ThrowIfAny(errors);

        var saved = NoAnswers.AddRange(
            given.Select(pair => KeyValuePair.Create(pair.Key, new ReflectionAnswer(pair.Value, now, FirstVersion))));
        var status = RecordLifecycle.StatusOf(saved.Count, framework.Questions.Count);
        var content = new RecordContent(details.Normalized(), FirstVersion, saved, status, now, FirstVersion);
        return new CpdRecord(id, memberId, framework, content, now);
    }

    /// <summary>
    /// Rebuilds a record read back from a store. Every rule is checked again, and the status is derived
    /// from the answers, so a damaged or tampered document cannot produce an inconsistent record.
    /// </summary>
    /// <param name="state">The stored state.</param>
    /// <returns>The record.</returns>
    /// <exception cref="CpdValidationException">The stored state breaks a rule; every problem is listed.</exception>
    public static CpdRecord Restore(CpdRecordState state)
    {
        ArgumentNullException.ThrowIfNull(state);

        var errors = StateRules.Check(state);
        ThrowIfAny(errors);

        var answers = NoAnswers.AddRange(state.Answers);
        var status = RecordLifecycle.StatusOf(answers.Count, state.Framework.Questions.Count);
        var content = new RecordContent(
            state.Details.Normalized(), state.DetailsRevision, answers, status, state.UpdatedAt, state.Version);
        return new CpdRecord(state.Id, state.MemberId, state.Framework, content, state.CreatedAt);
    }

    /// <summary>Gets the record's state in the shape a store keeps, the inverse of <see cref="Restore"/>.</summary>
    /// <returns>The state.</returns>
    public CpdRecordState ToState() => new()
    {
        Id = Id,
        MemberId = MemberId,
        Framework = Framework,
        Details = Details,
        DetailsRevision = DetailsRevision,
        Answers = _answers,
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
        Version = Version,
    };

    private static void ThrowIfUninitialized(CpdRecordId id, MemberId memberId)
    {
        if (id.Value == Guid.Empty)
        {
            throw new ArgumentException("The record id was not initialised; use CpdRecordId.New.", nameof(id));
        }

        if (memberId == default)
        {
            throw new ArgumentException("The member id was not initialised; use MemberId.From.", nameof(memberId));
        }
    }

    private static void ThrowIfAny(IReadOnlyCollection<ValidationError> errors)
    {
        if (errors.Count > 0)
        {
            throw new CpdValidationException(errors);
        }
    }
}
