using System.Net;

namespace Cpd.MultiHost.Tests.Load;

/// <summary>Reads how a host answered a save of an answer, as the member would see it.</summary>
internal static class SaveOutcomes
{
    private const string BusyMessage = "being changed in several places at once";

    public static async Task<(SaveOutcome Outcome, string? Problem)> ReadAsync(
        HttpResponseMessage response, string question, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.Found)
        {
            return (SaveOutcome.Saved, null);
        }

        if (response.StatusCode != HttpStatusCode.Conflict)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return (SaveOutcome.Failed, $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
        }

        var page = await MemberBrowser.ParseAsync(response, cancellationToken);
        if (page.QuerySelector($"#q-{question} .conflict[role=alert]") is not null)
        {
            return (SaveOutcome.Conflict, null);
        }

        return page.QuerySelector($"#q-{question}-error")?.TextContent.Contains(BusyMessage, StringComparison.Ordinal)
            == true
                ? (SaveOutcome.Busy, null)
                : (SaveOutcome.Failed, "409 without a conflict or a request to save again on the page");
    }
}
