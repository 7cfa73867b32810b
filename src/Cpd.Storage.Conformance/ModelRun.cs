using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Cpd.Storage.Conformance;

/// <summary>Runs steps against a store and the model, and checks that they agree after every step.</summary>
internal sealed class ModelRun
{
    private static readonly MemberId[] Members =
        [MemberId.From("alice@example.org"), MemberId.From("bob@example.org"), MemberId.From("carol@example.org")];

    private static readonly ObjectiveId[] Objectives =
    [
        new(Guid.Parse("0190a1b2-0000-7000-8000-000000000001")),
        new(Guid.Parse("0190a1b2-0000-7000-8000-000000000002")),
        new(Guid.Parse("0190a1b2-0000-7000-8000-000000000003")),
    ];

    private readonly ICpdRecordStore _store;
    private readonly StoreModel _model = new();
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 12, 3, 9, 0), Duration.FromMinutes(7));
    private readonly List<CpdRecordId> _ids = [];
    private readonly Dictionary<CpdRecordId, CpdRecord> _secondSitting = [];

    public ModelRun(ICpdRecordStore store) => _store = store;

    public static IReadOnlyList<string> Texts { get; } =
        ["Short answer", "Ångström — μ 🧪", "שלום\nمرحبا", "  padded  ", "Line one\r\nline two", "<b>&amp;</b>"];

    public async Task RunAsync(IEnumerable<StoreStep> steps)
    {
        var number = 0;
        foreach (var step in steps)
        {
            number++;
            await ApplyAsync(step);
            await CompareAsync($"after step {number} ({step})");
        }
    }

    private Task ApplyAsync(StoreStep step) => step.Kind switch
    {
        StoreStepKind.Add => AddAsync(step),
        StoreStepKind.OpenSecondSitting => Task.Run(() => OpenSecondSitting(step)),
        StoreStepKind.Delete => DeleteAsync(step),
        _ => UpdateAsync(step),
    };

    private async Task AddAsync(StoreStep step)
    {
        var answers = ReflectionFrameworks.Default.Questions.Take(step.Question)
            .ToDictionary(q => q.Key, _ => Texts[step.Text]);
        var record = CpdRecord.Create(
            CpdRecordId.New(_clock.GetCurrentInstant()),
            Members[step.Member],
            ReflectionFrameworks.Default,
            new CpdRecordDetails
            {
                Title = $"Activity {_ids.Count + 1}: {Texts[step.Text].ReplaceLineEndings(" ")}",
                ActivityDate = step.Pick % 3 == 0 ? null : new LocalDate(2026, 1 + (step.Pick % 12), 1),
                ReminderDate = step.Pick % 2 == 0 ? null : new LocalDate(2026, 12, 1 + (step.Pick % 5)),
                Hours = step.Pick % 4 == 0 ? null : step.Pick / 100m,
                Objectives = step.Pick % 5 == 0 ? ObjectiveSet.None : ObjectiveSet.Of(Objectives.Take(1 + (step.Pick % 3))),
                FollowsUp = step.Pick % 2 == 0 && _ids.Count > 0 ? _ids[step.Pick % _ids.Count] : null,
            },
            _clock,
            answers);
        _ids.Add(record.Id);
        await BothAsync(() => _store.AddAsync([record]), () => _model.Add(record));
    }

    private void OpenSecondSitting(StoreStep step)
    {
        if (Target(step) is { } record)
        {
            _secondSitting[record.Id] = record;
        }
    }

    private async Task UpdateAsync(StoreStep step)
    {
        if (Target(step) is not { } record || Command(step, record) is not { } changed)
        {
            return;
        }

        await BothAsync(() => _store.UpdateAsync(changed, record.Version), () => _model.Update(changed, record.Version));
    }

    private async Task DeleteAsync(StoreStep step)
    {
        if (Target(step) is { } record)
        {
            await BothAsync(
                () => _store.DeleteAsync(record.MemberId, record.Id, record.Version),
                () => _model.Delete(record.MemberId, record.Id, record.Version));
        }
    }

    /// <summary>The record as the acting member's sitting sees it; another member's id is forged onto them.</summary>
    private CpdRecord? Target(StoreStep step)
    {
        if (_ids.Count == 0)
        {
            return null;
        }

        var id = _ids[step.Pick % _ids.Count];
        var seen = step.FromSecondSitting && _secondSitting.TryGetValue(id, out var old)
            ? old
            : _model.Find(Members[step.Member], id) ?? AnyMembersCopy(id);
        return seen is null ? null : CpdRecord.Restore(seen.ToState() with { MemberId = Members[step.Member] });
    }

    private CpdRecord? AnyMembersCopy(CpdRecordId id) =>
        Members.Select(member => _model.Find(member, id)).FirstOrDefault(record => record is not null)
        ?? _secondSitting.GetValueOrDefault(id);

    private CpdRecord? Command(StoreStep step, CpdRecord record)
    {
        var key = ReflectionFrameworks.Default.Questions[step.Question].Key;
        var revision = record.AnswerTo(key)?.Revision ?? CpdRecord.NoRevision;
        try
        {
            var changed = step.Kind switch
            {
                StoreStepKind.SaveAnswer => record.SaveAnswer(key, Texts[step.Text], revision, _clock),
                StoreStepKind.ClearAnswer => record.ClearAnswer(key, revision, _clock),
                _ => record.ChangeDetails(record.Details with { Notes = Texts[step.Text] }, record.DetailsRevision, _clock),
            };
            return ReferenceEquals(changed, record) ? null : changed;
        }
        catch (CpdException)
        {
            // The domain refused the command before it reached any store: nothing to compare.
            return null;
        }
    }

    private static async Task BothAsync(Func<Task> store, Action model)
    {
        var expected = Outcome(model);
        Exception? actual = null;
        try
        {
            await store();
        }
        catch (CpdException exception)
        {
            actual = exception;
        }

        Assert.Equal(expected?.GetType(), ComparableType(actual, expected));
    }

    private static Type? ComparableType(Exception? actual, Exception? expected) =>
        actual is CpdConflictException && expected?.GetType() == typeof(CpdConflictException)
            ? typeof(CpdConflictException)
            : actual?.GetType();

    private static CpdException? Outcome(Action model)
    {
        try
        {
            model();
            return null;
        }
        catch (CpdException exception)
        {
            return exception;
        }
    }

    private async Task CompareAsync(string when)
    {
        var today = new LocalDate(2026, 12, 3);
        foreach (var member in Members)
        {
            var expected = _model.List(member);
            var actual = await _store.ListAsync(member);
            Assert.True(expected.SequenceEqual(actual), $"The records of {member} differ {when}.");
            Assert.Equal(_model.Summarize(member, today), await _store.SummarizeAsync(member, today));
        }
    }
}
