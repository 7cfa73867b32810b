using System.Diagnostics;

namespace Cpd.Portal.Tests.Support;

/// <summary>
/// The portal run as its own process, as a person starts it, with settings given as environment variables: for
/// what happens before the host starts, which the in-process factory does not see.
/// </summary>
internal static class PortalProcess
{
    /// <summary>Starts the portal with settings added; waits for it to stop, which bad settings make it do.</summary>
    public static async Task<PortalRun> RunAsync(IReadOnlyDictionary<string, string> settings)
    {
        var data = Directory.CreateTempSubdirectory("cpd-portal-start-").FullName;
        var start = new ProcessStartInfo("dotnet", ["Cpd.Portal.dll", "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Cpd__DataDirectory"] = data;
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        try
        {
            return await WaitAsync(start);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<PortalRun> WaitAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new PortalRun(process.ExitCode, await output, await errors);
    }
}

/// <summary>How a run of the portal ended: its exit code and what it wrote.</summary>
internal sealed record PortalRun(int ExitCode, string Output, string Errors)
{
    /// <summary>The lines written to standard error, trimmed.</summary>
    public IReadOnlyList<string> ErrorLines =>
        Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
