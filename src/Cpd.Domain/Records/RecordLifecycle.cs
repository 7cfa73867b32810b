using Stateless;

namespace Cpd.Domain.Records;

/// <summary>
/// The record lifecycle as a state machine: which status a save or a clear leads to, and which moves are
/// illegal. The record owns its status; the machine reads and writes it through an accessor pair.
/// </summary>
/// <remarks>
/// Configuring a machine costs far more than firing it, so each thread configures one and reuses it: the
/// machine holds no state between calls other than the status it is given.
/// </remarks>
internal sealed class RecordLifecycle
{
    [ThreadStatic]
    private static RecordLifecycle? _current;

    private readonly StateMachine<CpdRecordStatus, LifecycleTrigger> _machine;
    private readonly StateMachine<CpdRecordStatus, LifecycleTrigger>.TriggerWithParameters<AnswerChange> _save;
    private readonly StateMachine<CpdRecordStatus, LifecycleTrigger>.TriggerWithParameters<AnswerChange> _clear;
    private CpdRecordStatus _status;
    private AnswerChange _pending;

    private RecordLifecycle()
    {
        _machine = new StateMachine<CpdRecordStatus, LifecycleTrigger>(() => _status, s => _status = s);
        _save = _machine.SetTriggerParameters<AnswerChange>(LifecycleTrigger.SaveAnswer);
        _clear = _machine.SetTriggerParameters<AnswerChange>(LifecycleTrigger.ClearAnswer);
        Configure();
    }

    private enum LifecycleTrigger
    {
        SaveAnswer,
        ClearAnswer,
    }

    /// <summary>The status after an answer is saved.</summary>
    public static CpdRecordStatus AfterSave(CpdRecordStatus status, AnswerChange change) =>
        ForThisThread().Fire(status, change, lifecycle => lifecycle._save);

    /// <summary>The status after an answer is cleared.</summary>
    /// <exception cref="CpdLifecycleException">The question has no saved answer to clear.</exception>
    public static CpdRecordStatus AfterClear(CpdRecordStatus status, AnswerChange change) =>
        ForThisThread().Fire(status, change, lifecycle => lifecycle._clear);

    /// <summary>The status that a set of answers implies, for records read back from a store.</summary>
    public static CpdRecordStatus StatusOf(int answered, int questionCount) =>
        answered == 0 ? CpdRecordStatus.NotStarted
        : answered >= questionCount ? CpdRecordStatus.Completed
        : CpdRecordStatus.InProgress;

    private static RecordLifecycle ForThisThread() => _current ??= new RecordLifecycle();

    private CpdRecordStatus Fire(
        CpdRecordStatus status,
        AnswerChange change,
        Func<RecordLifecycle, StateMachine<CpdRecordStatus, LifecycleTrigger>.TriggerWithParameters<AnswerChange>> trigger)
    {
        _status = status;
        _pending = change;
        _machine.Fire(trigger(this), change);
        return _status;
    }

    private void Configure()
    {
        _machine.Configure(CpdRecordStatus.NotStarted)
            .PermitIf(_save, CpdRecordStatus.InProgress, c => !c.AllAnswered, "questions remain unanswered")
            .PermitIf(_save, CpdRecordStatus.Completed, c => c.AllAnswered, "every question is answered");

        _machine.Configure(CpdRecordStatus.InProgress)
            .PermitReentryIf(_save, c => !c.AllAnswered, "questions remain unanswered")
            .PermitIf(_save, CpdRecordStatus.Completed, c => c.AllAnswered, "every question is answered")
            .PermitReentryIf(_clear, c => c.HadAnswer && !c.NoneAnswered, "other answers remain")
            .PermitIf(_clear, CpdRecordStatus.NotStarted, c => c.HadAnswer && c.NoneAnswered, "no answer remains");

        _machine.Configure(CpdRecordStatus.Completed)
            .PermitReentryIf(_save, c => c.AllAnswered, "an answer is edited")
            .PermitIf(_clear, CpdRecordStatus.InProgress, c => c.HadAnswer && !c.NoneAnswered, "other answers remain")
            .PermitIf(_clear, CpdRecordStatus.NotStarted, c => c.HadAnswer && c.NoneAnswered, "no answer remains");

        _machine.OnUnhandledTrigger((state, trigger, _) => throw Illegal(state, trigger));
    }

    private CpdLifecycleException Illegal(CpdRecordStatus state, LifecycleTrigger trigger) =>
        trigger == LifecycleTrigger.ClearAnswer && !_pending.HadAnswer
            ? new CpdLifecycleException($"The question '{_pending.QuestionKey}' has no saved answer to clear.")
            : new CpdLifecycleException($"A record that is {state} cannot {trigger} '{_pending.QuestionKey}'.");
}
