using System.Net;
using System.Text.Json;
using Cpd.Portal.Tests.Support;
using CsvHelper;

namespace Cpd.Portal.Tests.Reports;

public sealed class ReportDownloadsTests : SignedInTest
{
    [Fact]
    public async Task AllRecords_AsHtml_IsAnAttachmentWithEveryRecordAndAStrictPolicy()
    {
        await Client.AddRecordAsync("First <record>");
        await Client.AddRecordAsync("Second record");

        using var response = await Client.GetAsync("/reports/cpd-report.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("cpd-report-2026-12-03.html", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Contains(
            "sandbox", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var report = await PortalClient.ParseAsync(response);
        var text = report.Body!.TextContent;
        Assert.Contains("First <record>", text, StringComparison.Ordinal);
        Assert.Contains("Second record", text, StringComparison.Ordinal);
        Assert.Contains("Ben Carter", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllRecords_AsCsv_HasOneRowPerRecordAndOneColumnPerQuestion()
    {
        var record = await Client.AddRecordAsync("Course", Fields.Of(("Form.Hours", "2.5")));
        await Client.SubmitAndFollowAsync(
            RecordPages.AnswerForm(record, "learning"), Fields.Of(("text", "Line one,\n\"quoted\"")));
        await Client.AddRecordAsync("=HYPERLINK(\"http://evil.example\")");

        var rows = await ReadCsvAsync("/reports/cpd-report.csv");

        Assert.Equal(2, rows.Count);
        var course = rows.Single(row => row["Title"] == "Course");
        Assert.Equal("In progress", course["Status"]);
        Assert.Equal("2.5", course["Hours"]);
        Assert.Equal("Line one,\r\n\"quoted\"", course["learning"]);
        Assert.Equal(string.Empty, course["activity"]);
        Assert.Contains(rows, row => row["Title"] == "'=HYPERLINK(\"http://evil.example\")");
    }

    [Fact]
    public async Task AllRecords_AsHtml_ShowsThePlanAndTheComplianceOfEachScheme()
    {
        await Client.SetObjectiveAsync("Learn vacuum leak testing");

        using var response = await Client.GetAsync("/reports/cpd-report.html");

        var report = await PortalClient.ParseAsync(response);
        Assert.Equal("Development plan", PlanPages.Text(report, "#plan-heading"));
        Assert.Contains("Learn vacuum leak testing", PlanPages.Text(report, "section.plan"));
        Assert.Equal("Compliance", PlanPages.Text(report, "#compliance-heading"));
        Assert.NotNull(report.QuerySelector("#scheme-cpd-default"));
        Assert.NotNull(report.QuerySelector("#scheme-engineers-australia"));
    }

    [Fact]
    public async Task AllRecords_AsCsv_SaysWhichObjectivesEachRecordServes()
    {
        await Client.SetObjectiveAsync("Learn vacuum leak testing");
        var record = await Client.AddRecordAsync("Leak testing course");
        await Client.SubmitAndFollowAsync(PlanPages.Form(record, "Link"));

        var row = Assert.Single(await ReadCsvAsync("/reports/cpd-report.csv"));

        Assert.Equal("Yes", row["Planned"]);
        Assert.Equal("Learn vacuum leak testing", row["Objectives"]);
    }

    [Theory]
    [InlineData("/reports/cpd-report.md", "text/markdown", "cpd-report-2026-12-03.md", "## Compliance")]
    [InlineData("/reports/cpd-report.json", "application/json", "cpd-report-2026-12-03.json", "\"compliance\"")]
    public async Task AllRecords_AsMarkdownOrJson_IsAnAttachmentWithThePlanAndCompliance(
        string url, string mediaType, string fileName, string compliance)
    {
        await Client.SetObjectiveAsync("Learn vacuum leak testing");

        using var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition!.FileNameStar);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Learn vacuum leak testing", text, StringComparison.Ordinal);
        Assert.Contains(compliance, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllRecords_AsJson_IsValidJsonWithAComplianceResultPerScheme()
    {
        using var response = await Client.GetAsync("/reports/cpd-report.json");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(text);

        Assert.Equal(2, json.RootElement.GetProperty("compliance").GetArrayLength());
    }

    [Fact]
    public async Task OneRecord_HasOnlyThatRecord()
    {
        await Client.AddRecordAsync("Other record");
        var record = await Client.AddRecordAsync("This record");

        var rows = await ReadCsvAsync(RecordPages.RecordPath(record) + "/report.csv");

        Assert.Equal("This record", Assert.Single(rows)["Title"]);
    }

    [Fact]
    public async Task OneRecord_OfAnotherMember_IsNotFound()
    {
        var record = await Client.AddRecordAsync("Ben's record");
        using var other = new PortalClient(Portal);
        await other.SignInAsync("chen");

        using var html = await other.GetAsync(RecordPages.RecordPath(record) + "/report.html");
        using var csv = await other.GetAsync(RecordPages.RecordPath(record) + "/report.csv");

        Assert.Equal(HttpStatusCode.NotFound, html.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
    }

    [Fact]
    public async Task Report_WhenNotSignedIn_RedirectsToTheSignIn()
    {
        using var anonymous = new PortalClient(Portal);

        using var response = await anonymous.GetAsync("/reports/cpd-report.csv");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/sign-in", response.Headers.Location!.AbsolutePath);
    }

    private async Task<List<Dictionary<string, string>>> ReadCsvAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var csv = CsvReader.FromText(text);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(csv.Headers.ToDictionary(name => name, name => csv.GetString(name)));
        }

        return rows;
    }
}
