using System.Collections.Immutable;
using Cpd.Domain.Frameworks;
using NodaTime;

namespace Cpd.Domain.Records;

/// <summary>
/// One CPD activity a member recorded, with their reflection on it. Records are immutable: every command
/// returns a new record (or the same one when nothing changes), so a rejected command changes nothing.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Version"/> rises by one with every change. Each answer, and the details as a whole, carry the
/// version that last changed them (a revision). A command names the revision it was based on, so a change
/// made meanwhile in another sitting is detected instead of overwritten, while changes to different answers
/// both stand.
/// </para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed partial class CpdRecord
{
    /// <summary>The revision a sitting names when it saw no saved answer for a question.</summary>
    public const long NoRevision = 0;

    private readonly ImmutableSortedDictionary<string, ReflectionAnswer> _answers;

    private CpdRecord(
        CpdRecordId id,
        MemberId memberId,
        ReflectionFramework framework,
        RecordContent content,
        Instant createdAt)
    {
        Id = id;
        MemberId = memberId;
        Framework = framework;
        Details = content.Details;
        DetailsRevision = content.DetailsRevision;
        _answers = content.Answers;
        Status = content.Status;
        CreatedAt = createdAt;
        UpdatedAt = content.UpdatedAt;
        Version = content.Version;
    }

    /// <summary>Gets the record's identity.</summary>
    public CpdRecordId Id { get; }

    /// <summary>Gets the member who owns the record.</summary>
    public MemberId MemberId { get; }

    /// <summary>Gets the reflection framework, at the version the record was created with.</summary>
    public ReflectionFramework Framework { get; }

    /// <summary>Gets the title, activity date, category, hours, notes and reminder date.</summary>
    public CpdRecordDetails Details { get; }

    /// <summary>Gets the title.</summary>
    public string Title => Details.Title;

    /// <summary>Gets the activity date, if known.</summary>
    public LocalDate? ActivityDate => Details.ActivityDate;

    /// <summary>Gets the category, if any.</summary>
    public string? Category => Details.Category;

    /// <summary>Gets the hours claimed, if any.</summary>
    public decimal? Hours => Details.Hours;

    /// <summary>Gets the quick notes; empty when there are none.</summary>
    public string Notes => Details.Notes;

    /// <summary>Gets the date by which the member means to complete the record, if they set a reminder.</summary>
    public LocalDate? ReminderDate => Details.ReminderDate;

    /// <summary>Gets the development objectives the activity serves.</summary>
    public Planning.ObjectiveSet Objectives => Details.Objectives;

    /// <summary>Gets the earlier record whose next steps this activity follows up, if any.</summary>
    public CpdRecordId? FollowsUp => Details.FollowsUp;

    /// <summary>Gets whether the activity was planned (see <see cref="CpdRecordDetails.IsPlanned"/>).</summary>
    public bool IsPlanned => Details.IsPlanned;

    /// <summary>Gets the version that last changed the details.</summary>
    public long DetailsRevision { get; }

    /// <summary>Gets the saved answers by question key. Only non-blank answers are ever saved.</summary>
    public IReadOnlyDictionary<string, ReflectionAnswer> Answers => _answers;

    /// <summary>Gets the lifecycle status, which follows from the saved answers.</summary>
    public CpdRecordStatus Status { get; }

    /// <summary>Gets when the record was created.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Gets when the record last changed.</summary>
    public Instant UpdatedAt { get; }

    /// <summary>Gets the concurrency version: 1 when created, one more with every change.</summary>
    public long Version { get; }

    /// <summary>Gets the framework's questions that have no saved answer, in the framework's order.</summary>
    public IReadOnlyList<ReflectionQuestion> UnansweredQuestions =>
        [.. Framework.Questions.Where(question => !_answers.ContainsKey(question.Key))];

    /// <summary>Gets the saved answer to a question, if any.</summary>
    /// <param name="questionKey">The question key.</param>
    /// <returns>The answer, or <see langword="null"/> when none is saved.</returns>
    public ReflectionAnswer? AnswerTo(string questionKey) => _answers.GetValueOrDefault(questionKey);

    /// <summary>
    /// Tells whether the record is overdue on the member's date: it has a reminder date, is not completed,
    /// and the member's date is after the reminder date. On the reminder date itself it is not yet overdue.
    /// </summary>
    /// <param name="memberToday">Today on the member's own calendar (see <see cref="MemberTimeZone.Today"/>).</param>
    /// <returns><see langword="true"/> when the record is overdue.</returns>
    public bool IsOverdueOn(LocalDate memberToday) =>
        Status != CpdRecordStatus.Completed && ReminderDate is { } reminder && memberToday > reminder;

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Status}, v{Version})";

    private CpdRecord With(RecordContent content) => new(Id, MemberId, Framework, content, CreatedAt);

    private RecordContent Content() => new(Details, DetailsRevision, _answers, Status, UpdatedAt, Version);
}
