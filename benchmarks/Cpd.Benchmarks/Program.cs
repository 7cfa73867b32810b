using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Cpd.Benchmarks.Support;
using Perfolizer.Horology;

// Runs the benchmarks named on the command line, e.g. `--filter '*'` for all; see docs/performance.md.
// Results are written as Markdown for reading and as CSV in milliseconds, without units, for the chart.
// The PostgreSQL rows need a server (CPD_TEST_POSTGRES); without one they are left out, and said to be.
var style = new SummaryStyle(
    CultureInfo.InvariantCulture, printUnitsInHeader: true, sizeUnit: null, timeUnit: TimeUnit.Millisecond,
    printUnitsInContent: false);
var config = DefaultConfig.Instance
    .AddExporter(new CsvExporter(CsvSeparator.Comma, style))
    .AddExporter(MarkdownExporter.GitHub);
var postgresNamespace = typeof(Cpd.Benchmarks.Postgres.PostgresSummaryBenchmarks).Namespace;
var benchmarks = typeof(Program).Assembly.GetTypes()
    .Where(type => type.GetMethods().Any(method => method.IsDefined(typeof(BenchmarkAttribute))))
    .Where(type => PostgresBenchmarkServer.IsConfigured || type.Namespace != postgresNamespace)
    .ToArray();
var leftOut = PostgresBenchmarkServer.IsConfigured
    ? null
    : "The PostgreSQL benchmarks (Postgres*Benchmarks) are left out: " + PostgresBenchmarkServer.Variable +
      " is not set. To include them, run benchmarks/run.sh, which starts a throwaway server, or first run\n" +
      "    eval \"$(scripts/postgres.sh start)\"\nfrom the repository root.";
if (leftOut is not null)
{
    Console.WriteLine(leftOut);
}

BenchmarkSwitcher.FromTypes(benchmarks).Run(args, config);
if (leftOut is not null)
{
    Console.WriteLine(leftOut);
}
