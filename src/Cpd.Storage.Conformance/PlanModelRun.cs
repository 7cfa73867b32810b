using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Storage.Planning;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Cpd.Storage.Conformance;

/// <summary>Runs plan steps against a store and the model, and checks that they agree after every step.</summary>
internal sealed class PlanModelRun
{
    private static readonly MemberId[] Members =
        [MemberId.From("alice@example.org"), MemberId.From("bob@example.org"), MemberId.From("carol@example.org")];

    private readonly ICpdPlanStore _store;
    private readonly PlanModel _model = new();
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 12, 3, 9, 0), Duration.FromMinutes(7));
    private readonly List<DevelopmentObjective> _added = [];
    private readonly Dictionary<ObjectiveId, DevelopmentObjective> _secondSitting = [];

    public PlanModelRun(ICpdPlanStore store) => _store = store;

    public static IReadOnlyList<string> Texts { get; } =
        ["Lead an audit", "Ångström — μ 🧪", "שלום\nمرحبا", "  padded  ", "Line one\r\nline two", "<b>&amp;</b>"];

    public async Task RunAsync(IEnumerable<PlanStep> steps)
    {
        var number = 0;
        foreach (var step in steps)
        {
            number++;
            await ApplyAsync(step);
            await CompareAsync($"after step {number} ({step})");
        }
    }

    private Task ApplyAsync(PlanStep step) => step.Kind switch
    {
        PlanStepKind.AddObjective => AddAsync(step),
        PlanStepKind.AddObjectiveAgain => AddAgainAsync(step),
        PlanStepKind.OpenSecondSitting => Task.Run(() => OpenSecondSitting(step)),
        PlanStepKind.AddReview => AddReviewAsync(step),
        _ => ChangeAsync(step),
    };

    private async Task AddAsync(PlanStep step)
    {
        var objective = DevelopmentObjective.Create(
            ObjectiveId.New(_clock.GetCurrentInstant()),
            Members[step.Member],
            new ObjectiveDetails
            {
                Title = $"Objective {_added.Count + 1}: {Texts[step.Text].ReplaceLineEndings(" ")}",
                Why = Texts[(step.Text + 1) % Texts.Count],
                TargetDate = step.Pick % 3 == 0 ? null : new LocalDate(2027, 1 + (step.Pick % 12), 1),
                Serves = step.Pick % 2 == 0 ? [] : ["Formal/educational", Texts[step.Text].ReplaceLineEndings(" ")],
                Status = (ObjectiveStatus)step.Status,
            },
            _clock);
        _added.Add(objective);
        await BothAsync(() => _store.AddObjectiveAsync(objective), () => _model.Add(objective));
    }

    private async Task AddAgainAsync(PlanStep step)
    {
        if (_added.Count > 0)
        {
            var again = _added[step.Pick % _added.Count];
            await BothAsync(() => _store.AddObjectiveAsync(again), () => _model.Add(again));
        }
    }

    private async Task AddReviewAsync(PlanStep step)
    {
        var review = PlanReview.Record(
            Members[step.Member], new LocalDate(2026, 1, 1).PlusDays(step.Pick % 5), Texts[step.Text], _clock);
        await BothAsync(() => _store.AddPlanReviewAsync(review), () => _model.Add(review));
    }

    private void OpenSecondSitting(PlanStep step)
    {
        if (Target(step) is { } objective)
        {
            _secondSitting[objective.Id] = objective;
        }
    }

    private async Task ChangeAsync(PlanStep step)
    {
        if (Target(step) is not { } objective)
        {
            return;
        }

        var details = objective.Details with
        {
            Title = $"{objective.Title} / {Texts[step.Text].ReplaceLineEndings(" ")}",
            Status = (ObjectiveStatus)step.Status,
        };
        if (TryChange(objective, details) is { } changed)
        {
            await BothAsync(
                () => _store.UpdateObjectiveAsync(changed, objective.Version),
                () => _model.Update(changed, objective.Version));
        }
    }

    private DevelopmentObjective? TryChange(DevelopmentObjective objective, ObjectiveDetails details)
    {
        try
        {
            var changed = objective.Change(details, objective.Version, _clock);
            return ReferenceEquals(changed, objective) ? null : changed;
        }
        catch (CpdException)
        {
            // The domain refused the change (a title grown too long) before it reached any store.
            return null;
        }
    }

    /// <summary>The objective as the acting member's sitting sees it; another member's id is forged onto them.</summary>
    private DevelopmentObjective? Target(PlanStep step)
    {
        if (_added.Count == 0)
        {
            return null;
        }

        var id = _added[step.Pick % _added.Count].Id;
        var seen = step.FromSecondSitting && _secondSitting.TryGetValue(id, out var old)
            ? old
            : Members.Select(member => _model.Find(member, id)).FirstOrDefault(found => found is not null);
        return seen is null ? null : DevelopmentObjective.Restore(seen.ToState() with { MemberId = Members[step.Member] });
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
        foreach (var member in Members)
        {
            Assert.True(
                _model.List(member).SequenceEqual(await _store.ListObjectivesAsync(member)),
                $"The objectives of {member} differ {when}.");
            Assert.True(
                _model.Reviews(member).SequenceEqual(await _store.ListPlanReviewsAsync(member)),
                $"The plan reviews of {member} differ {when}.");
        }
    }
}
