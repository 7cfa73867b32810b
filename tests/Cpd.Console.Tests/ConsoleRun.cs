using NodaTime;
using NodaTime.Testing;

namespace Cpd.Console.Tests;

/// <summary>Runs the <c>cpd</c> command in-process against a data folder of its own, as a member would.</summary>
internal sealed class ConsoleRun : IDisposable
{
    public ConsoleRun(string member = "member-1", string timeZone = "Europe/London")
    {
        Folder = Path.Combine(Path.GetTempPath(), "cpd-console-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Member = member;
        TimeZone = timeZone;
    }

    public string Folder { get; }

    public string DataDirectory => Path.Combine(Folder, "data");

    public string Member { get; set; }

    public string TimeZone { get; set; }

    public string? Store { get; set; }

    public string? ConnectionString { get; set; }

    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 12, 3, 10, 0), Duration.FromSeconds(1));

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public async Task<Result> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] store =
        [
            .. Store is null ? [] : new[] { "--store", Store },
            .. ConnectionString is null ? [] : new[] { "--connection-string", ConnectionString },
        ];
        string[] globals = ["--data-dir", DataDirectory, "--member", Member, "--time-zone", TimeZone, .. store];
        var code = await CpdConsoleApp.RunAsync([.. args, .. globals], output, error, Clock);
        return new Result(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the command with exactly these arguments, without this run's data folder and member.</summary>
    public async Task<Result> RunBareAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CpdConsoleApp.RunAsync(args, output, error, Clock);
        return new Result(code, output.ToString(), error.ToString());
    }

    public async Task<Result> RunOkAsync(params string[] args)
    {
        var result = await RunAsync(args);
        Assert.True(result.Code == 0, $"cpd {string.Join(' ', args)} failed with {result.Code}: {result.Error}");
        return result;
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    public sealed record Result(int Code, string Output, string Error);
}
