using Cpd.Domain;
using Cpd.Reminders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cpd.Hosting;

/// <summary>
/// Runs a <see cref="ReminderDispatcher"/> in the background: one pass at start, then one every
/// <see cref="ReminderDispatchServiceOptions.Interval"/> until the host stops.
/// </summary>
/// <remarks>
/// A pass that fails (the store or the member directory unreachable) is logged and the next pass runs as usual:
/// nothing is lost, since unsent reminders stay in the store. Stopping the host cancels a running pass, which
/// then behaves as after a crash (see <see cref="ReminderDispatcher"/>).
/// </remarks>
public sealed partial class ReminderDispatchService : BackgroundService
{
    private readonly ReminderDispatcher _dispatcher;
    private readonly TimeSpan _interval;
    private readonly ILogger<ReminderDispatchService> _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="dispatcher">The dispatcher to run.</param>
    /// <param name="options">How often to run it.</param>
    /// <param name="logger">Where pass summaries and failures are logged.</param>
    public ReminderDispatchService(
        ReminderDispatcher dispatcher,
        IOptions<ReminderDispatchServiceOptions> options,
        ILogger<ReminderDispatchService> logger)
    {
        ArgumentNullException.ThrowIfNull(dispatcher);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _dispatcher = dispatcher;
        _interval = options.Value.Interval;
        _logger = logger;
    }

    /// <summary>Runs one pass and logs its outcome; a failure is logged, never thrown.</summary>
    /// <param name="cancellationToken">Stops the pass.</param>
    /// <returns>The pass's report, or <see langword="null"/> when it failed.</returns>
    /// <exception cref="OperationCanceledException">The pass was cancelled.</exception>
    public async Task<ReminderDispatchReport?> RunPassAsync(CancellationToken cancellationToken)
    {
        try
        {
            var report = await _dispatcher.DispatchDueAsync(cancellationToken).ConfigureAwait(false);
            LogPass(report.Candidates, report.Sent, report.Failed, report.MemberUnknown, report.Withdrawn);
            return report;
        }
        catch (CpdException exception)
        {
            LogPassFailed(exception);
            return null;
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunPassAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(_interval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A host's member directory may fail in any way; the next pass must still run.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogPassFailed(exception);
                await Task.Delay(_interval, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Reminder pass: {Candidates} candidates, {Sent} sent, {Failed} failed, " +
            "{MemberUnknown} members unknown, {Withdrawn} withdrawn")]
    private partial void LogPass(int candidates, int sent, int failed, int memberUnknown, int withdrawn);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Reminder pass failed; the next pass runs as usual")]
    private partial void LogPassFailed(Exception exception);
}
