using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;

// Runs the benchmarks named on the command line, e.g. `--filter '*'` for all; see docs/performance.md.
// Results are written as Markdown for reading and as CSV in milliseconds, without units, for the chart.
var style = new SummaryStyle(
    CultureInfo.InvariantCulture, printUnitsInHeader: true, sizeUnit: null, timeUnit: TimeUnit.Millisecond,
    printUnitsInContent: false);
var config = DefaultConfig.Instance
    .AddExporter(new CsvExporter(CsvSeparator.Comma, style))
    .AddExporter(MarkdownExporter.GitHub);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
