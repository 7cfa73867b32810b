using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Cpd.MultiHost.Tests.Hosts;

/// <summary>
/// One portal host: <c>dotnet Cpd.Portal.dll</c> from the portal's own output folder, configured by environment
/// variables, listening on a free port of 127.0.0.1 that it reports once it serves. Disposing kills it.
/// </summary>
internal sealed partial class PortalProcess : IAsyncDisposable
{
    private const int KeptLines = 400;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PortalProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    /// <summary>Gets the last lines the host wrote, for a failure message.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>Gets the processor time the host has used so far, on all cores.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static string PortalAssembly =>
        typeof(PortalProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "PortalAssembly").Value!;

    public static PortalProcess Start(string name, IReadOnlyDictionary<string, string> environment)
    {
        var assembly = PortalAssembly;
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException(
                $"The portal is not built at {assembly}: build the solution in the same configuration first.");
        }

        var process = new Process { StartInfo = StartInfo(assembly, environment), EnableRaisingEvents = true };
        var host = new PortalProcess(name, process);
        process.OutputDataReceived += (_, line) => host.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => host.Keep(line.Data);
        process.Exited += (_, _) => host._listening.TrySetException(
            new InvalidOperationException($"Portal host {name} exited before it served:\n{host.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits until the host reports the address it listens on.</summary>
    public async Task<Uri> WaitUntilServingAsync(TimeSpan patience, CancellationToken cancellationToken)
    {
        try
        {
            return await _listening.Task.WaitAsync(patience, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"Portal host {Name} did not start serving:\n{Output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // It had exited already.
        }

        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string assembly, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);

        // Addresses and environment come from the test alone, not from the shell that started it.
        foreach (var inherited in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS" })
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptLines && _output.TryDequeue(out _))
        {
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups["address"].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (?<address>https://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
