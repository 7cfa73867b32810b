using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using BenchmarkDotNet.Attributes;
using Cpd.Benchmarks.Support;
using Cpd.Domain;
using Cpd.Domain.Records;
using Cpd.Reporting;
using NodaTime;

namespace Cpd.Benchmarks;

/// <summary>The HTML report of 1,000 records: through the Scriban template, and hand-written with a StringBuilder.</summary>
[MemoryDiagnoser]
public class HtmlReportBenchmarks
{
    private static readonly MemberId Member = MemberId.From("member-report");
    private readonly CpdReportRenderer _renderer = new();
    private CpdReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        var clock = BenchmarkRecords.NewClock();
        _report = new CpdReport
        {
            MemberId = Member,
            MemberName = "A. Member",
            Records = [.. Enumerable.Range(0, BenchmarkSizes.ReportRecords).Select(i => BenchmarkRecords.New(clock, Member, i))],
            MemberToday = BenchmarkRecords.Today,
            TimeZone = DateTimeZoneProviders.Tzdb["Europe/London"],
            GeneratedAt = clock.GetCurrentInstant(),
        };
    }

    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>CPD</title></head><body>");
        var encoder = HtmlEncoder.Default;
        var summary = _report.Summary;
        html.Append(CultureInfo.InvariantCulture, $"<h1>{encoder.Encode(Member.Value)}</h1>")
            .Append(CultureInfo.InvariantCulture, $"<table><tr><th>Records</th><td>{summary.Total}</td></tr></table>");
        foreach (var record in _report.Records)
        {
            html.Append("<section><h2>").Append(encoder.Encode(record.Title)).Append("</h2><p>")
                .Append(encoder.Encode(record.Notes)).Append("</p>");
            foreach (var question in record.Framework.Questions)
            {
                html.Append("<h3>").Append(encoder.Encode(question.Text)).Append("</h3><p>")
                    .Append(encoder.Encode(record.AnswerTo(question.Key)?.Text ?? "Not answered yet")).Append("</p>");
            }

            html.Append("</section>");
        }

        return html.Append("</body></html>").Length;
    }

    [Benchmark]
    public int ThroughTheTemplate() => _renderer.Render(_report, CpdReportFormat.Html, CpdReportOptions.Default).Length;
}
