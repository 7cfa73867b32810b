namespace Cpd.Storage.Tests.Crash;

/// <summary>
/// What the crash writer logged: every write it began and every write the store acknowledged. A write the
/// store acknowledged must survive a kill; a write only begun may or may not have landed.
/// </summary>
internal sealed class WriteLog
{
    private readonly Dictionary<string, string> _ackedTitles = [];
    // A null candidate stands for "no answer saved", allowed until a save of that answer is acknowledged.
    private readonly Dictionary<(string Id, string Key), List<string?>> _answerCandidates = [];

    public IReadOnlyDictionary<string, string> AckedTitles => _ackedTitles;

    public int AckCount { get; private set; }

    public static WriteLog Read(string path)
    {
        var log = new WriteLog();
        var text = File.Exists(path) ? File.ReadAllText(path) : string.Empty;

        // A line cut short by the kill has no line break yet: it was never acknowledged.
        var complete = text[..(text.LastIndexOf('\n') + 1)];
        foreach (var line in complete.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            log.Add(line);
        }

        return log;
    }

    /// <summary>The texts the answer may hold now: the last acknowledged one, or any begun after it.</summary>
    public IReadOnlyList<string?> AllowedAnswers(string id, string key) =>
        _answerCandidates.GetValueOrDefault((id, key)) ?? [];

    public IEnumerable<(string Id, string Key)> AnsweredQuestions => _answerCandidates.Keys;

    private void Add(string line)
    {
        var parts = line.Split(' ', 5);
        switch (parts)
        {
            case ["ack", "add", var id, ..]:
                _ackedTitles[id] = line.Split(' ', 4)[3];
                AckCount++;
                break;
            case ["begin", "answer", var id, var key, var text]:
                Candidates(id, key).Add(text);
                break;
            case ["ack", "answer", var id, var key, var text]:
                var candidates = Candidates(id, key);
                candidates.Clear();
                candidates.Add(text);
                AckCount++;
                break;
        }
    }

    private List<string?> Candidates(string id, string key) =>
        _answerCandidates.TryGetValue((id, key), out var list) ? list : _answerCandidates[(id, key)] = [null];
}
