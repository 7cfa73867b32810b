using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Cpd.MultiHost.Tests.Hosts;

namespace Cpd.MultiHost.Tests.Load;

/// <summary>
/// A member at work on the portal: adds records and answers their questions one save at a time, each page
/// opened on one host and often saved through another; now and then the same answer is saved from two tabs at
/// once, each tab on a different host. Logs every add and save with how the host answered.
/// </summary>
internal sealed partial class SimulatedMember : IDisposable
{
    private const double AddShare = 0.12;
    private const double TwoTabsShare = 0.13;
    private const int MaxActions = 5_000;

    private readonly LoadMember _member;
    private readonly IReadOnlyList<Uri> _hosts;
    private readonly MemberBrowser _browser;
    private readonly LoadLog _log;
    private readonly Random _random;
    private readonly string _runTag;
    private readonly List<Guid> _records = [];
    private int _added;
    private int _texts;
    private bool _measured;

    public SimulatedMember(
        LoadMember member,
        int seed,
        IReadOnlyList<Uri> hosts,
        PortalCertificate certificate,
        LoadLog log,
        string runTag)
    {
        _member = member;
        _hosts = hosts;
        _browser = new MemberBrowser(certificate);
        _log = log;
        _random = new Random(seed);
        _runTag = runTag;
    }

    /// <summary>
    /// Signs in, adds a first record and saves an answer through every host, so that each host has served every
    /// page once before the figures count.
    /// </summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        await _browser.SignInAsync(_hosts[0], _member.Id, cancellationToken);
        await AddRecordAsync(cancellationToken);
        for (var host = 0; host < _hosts.Count; host++)
        {
            _log.Add(await SaveAsync(host, host, cancellationToken));
        }
    }

    /// <summary>Works until the budget is spent (or a bounded number of actions is done).</summary>
    public async Task RunAsync(TimeSpan budget, CancellationToken cancellationToken)
    {
        _measured = true;
        var started = Stopwatch.GetTimestamp();
        for (var action = 0; action < MaxActions && Stopwatch.GetElapsedTime(started) < budget; action++)
        {
            var roll = _random.NextDouble();
            if (_records.Count == 0 || roll < AddShare)
            {
                await AddRecordAsync(cancellationToken);
            }
            else if (roll < AddShare + TwoTabsShare)
            {
                await SaveFromTwoTabsAsync(cancellationToken);
            }
            else
            {
                _log.Add(await SaveAsync(AnyHost(), AnyHost(), cancellationToken));
            }
        }
    }

    public void Dispose() => _browser.Dispose();

    private async Task AddRecordAsync(CancellationToken cancellationToken)
    {
        var page = await _browser.GetPageAsync(new Uri(_hosts[AnyHost()], "/records/new"), cancellationToken);
        var form = page.Forms.Single(form => form.GetAttribute("data-draft") == "new-record");
        var title = $"{_runTag} {_member.Id} record {++_added:000}";
        var (response, latency) =
            await _browser.SubmitAsync(form, _hosts[AnyHost()], NewRecordFields(title), cancellationToken);
        using (response)
        {
            var id = response.StatusCode == HttpStatusCode.Found ? RecordIdIn(response.Headers.Location) : null;
            if (id is { } added)
            {
                _records.Add(added);
            }

            var problem = id is null ? $"{(int)response.StatusCode} for the new record form" : null;
            _log.Add(new AddAttempt(title, id, latency, _measured, problem));
        }
    }

    private async Task<SaveAttempt> SaveAsync(int openOn, int saveOn, CancellationToken cancellationToken)
    {
        var recordId = _records[_random.Next(_records.Count)];
        var page = await OpenRecordAsync(openOn, recordId, cancellationToken);
        return await SaveAnswerAsync(page, saveOn, recordId, AnyQuestion(page), cancellationToken);
    }

    // Both tabs show the same revision of the answer before either saves; then both save at once.
    private async Task SaveFromTwoTabsAsync(CancellationToken cancellationToken)
    {
        var first = AnyHost();
        var second = (first + 1 + _random.Next(_hosts.Count - 1)) % _hosts.Count;
        var recordId = _records[_random.Next(_records.Count)];
        var pages = await Task.WhenAll(
            OpenRecordAsync(first, recordId, cancellationToken), OpenRecordAsync(second, recordId, cancellationToken));
        var question = AnyQuestion(pages[0]);
        var saves = await Task.WhenAll(
            SaveAnswerAsync(pages[0], first, recordId, question, cancellationToken),
            SaveAnswerAsync(pages[1], second, recordId, question, cancellationToken));
        _log.AddTwoTabs(saves[0], saves[1]);
    }

    private Task<IHtmlDocument> OpenRecordAsync(int host, Guid recordId, CancellationToken cancellationToken) =>
        _browser.GetPageAsync(new Uri(_hosts[host], $"/records/{recordId}"), cancellationToken);

    private async Task<SaveAttempt> SaveAnswerAsync(
        IHtmlDocument page, int host, Guid recordId, string question, CancellationToken cancellationToken)
    {
        var form = (IHtmlFormElement)page.QuerySelector($"#q-{question} form")!;
        var revision = long.Parse(
            form.QuerySelector<IHtmlInputElement>("input[name=revision]")!.Value, CultureInfo.InvariantCulture);
        var text = NextText(recordId, question);
        var fields = new Dictionary<string, string> { ["text"] = text };
        try
        {
            var (response, latency) = await _browser.SubmitAsync(form, _hosts[host], fields, cancellationToken);
            using (response)
            {
                var (outcome, problem) = await SaveOutcomes.ReadAsync(response, question, cancellationToken);
                return new SaveAttempt(recordId, question, revision, text, outcome, latency, _measured, problem);
            }
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException
            && !cancellationToken.IsCancellationRequested)
        {
            return new SaveAttempt(
                recordId, question, revision, text, SaveOutcome.Failed, TimeSpan.Zero, _measured, failure.Message);
        }
    }

    private Dictionary<string, string> NewRecordFields(string title)
    {
        var fields = new Dictionary<string, string> { ["Form.Title"] = title };
        if (_random.Next(2) == 0)
        {
            fields["Form.Category"] = "Work-based";
            fields["Form.Hours"] = "1.5";
            fields["Form.Notes"] = "Notes taken on the day; to reflect on later.";
        }

        if (_random.Next(3) == 0)
        {
            // Far ahead, so that no reminder falls due while the test runs.
            fields["Form.ReminderDate"] = "2099-03-01";
        }

        return fields;
    }

    private string NextText(Guid recordId, string question)
    {
        var number = Interlocked.Increment(ref _texts);
        return $"{_member.Id} on {recordId.ToString("N")[..8]}, {question}, save {number}: " +
            "what I did, why, and what I will change in my practice as a result.";
    }

    private string AnyQuestion(IHtmlDocument page)
    {
        var keys = page.QuerySelectorAll<IHtmlInputElement>("input[name=questionKey]").Select(input => input.Value)
            .ToList();
        return keys[_random.Next(keys.Count)];
    }

    private int AnyHost() => _random.Next(_hosts.Count);

    private static Guid? RecordIdIn(Uri? location) =>
        location is not null && RecordAddress().Match(location.OriginalString) is { Success: true } match
            ? Guid.Parse(match.Groups["id"].Value, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"^/records/(?<id>[0-9a-fA-F-]{36})(?:[?#]|$)")]
    private static partial Regex RecordAddress();
}
