namespace Cpd.Benchmarks.Support;

/// <summary>
/// The data sizes of the benchmarks. A smoke run (the test that proves every benchmark executes) shrinks
/// them, so that it takes seconds; a measured run uses the sizes the performance targets name.
/// </summary>
public static class BenchmarkSizes
{
    public static bool Smoke { get; set; } = Environment.GetEnvironmentVariable("CPD_BENCHMARK_SMOKE") == "1";

    public static int SummaryDatabase => Smoke ? 2_000 : 100_000;

    public static int ReminderDatabase => Smoke ? 5_000 : 1_000_000;

    public static int ReportRecords => Smoke ? 20 : 1_000;

    public static int Scaled(int size) => Smoke ? Math.Min(size, 100) : size;
}
