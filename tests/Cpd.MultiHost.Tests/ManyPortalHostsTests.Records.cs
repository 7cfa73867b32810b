using Cpd.MultiHost.Tests.Hosts;
using Cpd.MultiHost.Tests.Load;

namespace Cpd.MultiHost.Tests;

public sealed partial class ManyPortalHostsTests
{
    // Every acknowledged add is stored once, under the id the host redirected to, and nothing else was added.
    private async Task AssertNoRecordTwiceAsync(ScratchDatabase database, LoadLog log, CancellationToken token)
    {
        var stored = await database.QueryAsync(
            $"SELECT title, id FROM cpd.records WHERE starts_with(title, '{_runTag}')",
            row => (Title: row.GetString(0), Id: row.GetGuid(1)),
            token);
        var twice = stored.GroupBy(record => record.Title).Where(group => group.Count() > 1).ToList();
        Assert.True(twice.Count == 0, $"Stored more than once: {string.Join(", ", twice.Select(group => group.Key))}");
        var added = log.Adds.Select(add => (add.Title, Id: add.RecordId!.Value)).Order().ToList();
        Assert.Equal(added, stored.Order().ToList());
    }

    // Each answer's acknowledged saves started from different revisions (no save overwrote another unseen), the
    // stored text is the last of them, and each record's version counts exactly its creation and those saves.
    private static async Task AssertNoAnswerLostAsync(ScratchDatabase database, LoadLog log, CancellationToken token)
    {
        var saved = log.Saves.Where(save => save.Outcome == SaveOutcome.Saved).ToList();
        var records = log.Adds.Select(add => add.RecordId!.Value).ToHashSet();
        var answers = (await database.QueryAsync(
                "SELECT record_id, question_key, text, revision FROM cpd.answers",
                row => (Record: row.GetGuid(0), Question: row.GetString(1), Text: row.GetString(2),
                    Revision: row.GetInt64(3)),
                token))
            .Where(answer => records.Contains(answer.Record))
            .ToDictionary(answer => (answer.Record, answer.Question));
        var problems = saved.GroupBy(save => (save.RecordId, save.QuestionKey))
            .SelectMany(group => AnswerProblems(group.ToList(), answers.GetValueOrDefault(group.Key)))
            .ToList();
        var answeredKeys = saved.Select(save => (save.RecordId, save.QuestionKey)).ToHashSet();
        problems.AddRange(answers.Keys.Where(key => !answeredKeys.Contains(key))
            .Select(key => $"{key}: stored, but no save of it was acknowledged"));
        problems.AddRange(await VersionProblemsAsync(database, saved, records, token));
        Assert.True(
            problems.Count == 0, $"{problems.Count} problems, for example:\n{string.Join("\n", problems.Take(5))}");
    }

    private static IEnumerable<string> AnswerProblems(
        List<SaveAttempt> saves, (Guid Record, string Question, string Text, long Revision)? stored)
    {
        var key = $"{saves[0].RecordId} {saves[0].QuestionKey}";
        if (saves.Select(save => save.BaseRevision).Distinct().Count() != saves.Count)
        {
            yield return $"{key}: two acknowledged saves started from the same revision, so one overwrote the other";
        }

        var last = saves.MaxBy(save => save.BaseRevision)!;
        if (stored is not { } answer || answer.Text != last.Text || answer.Revision <= last.BaseRevision)
        {
            yield return $"{key}: the last acknowledged save ('{last.Text}') is not what is stored ('{stored?.Text}')";
        }
    }

    private static async Task<IEnumerable<string>> VersionProblemsAsync(
        ScratchDatabase database, List<SaveAttempt> saved, HashSet<Guid> records, CancellationToken token)
    {
        var savesPerRecord = saved.GroupBy(save => save.RecordId)
            .ToDictionary(group => group.Key, group => group.Count());
        var versions = await database.QueryAsync(
            "SELECT id, version FROM cpd.records", row => (Id: row.GetGuid(0), Version: row.GetInt64(1)), token);
        return versions.Where(record => records.Contains(record.Id))
            .Where(record => record.Version != 1 + savesPerRecord.GetValueOrDefault(record.Id))
            .Select(record => $"{record.Id}: version {record.Version} after " +
                $"{savesPerRecord.GetValueOrDefault(record.Id)} acknowledged saves (a save lost or applied twice)");
    }
}
