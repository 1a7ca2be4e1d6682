using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Pilots;
using SmartRegion.Platform.Localization;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Funding.FundingSteps;

namespace SmartRegion.Tests.Funding;

/// <summary>Steps the pilot tests share: an approved application (hence a pilot) and reports posted through the report page.</summary>
internal static class PilotSteps
{
    public static DateOnly Today => BerlinTime.Today(TimeProvider.System);

    /// <summary>
    /// A complete application for the standard call with two milestones (in 60 and in 300 days) and a budget
    /// with "Personal" twice (15,000 € and 5,000 €) and "Sachkosten" (10,000 €): 30,000 € in all, 20,000 € asked.
    /// </summary>
    public static object PilotApplication(int areaId, string title) => new
    {
        title,
        applicantName = "Nachbarschaftsverein Gaarden e. V.",
        applicantType = "Association",
        areaId,
        grantRequested = "20000",
        answers = new Dictionary<string, object>
        {
            ["f1"] = new { value = "Ein Kleinbus fährt abends durch Gaarden." },
            ["f2"] = new { milestones = new[] { new { title = "Erste Fahrt", due = Day(60) }, new { title = "Fahrplan für alle", due = Day(300) } } },
            ["f3"] = new { budget = new[] { new { category = "Personal", amount = "15000" }, new { category = "Sachkosten", amount = "10000" }, new { category = "Personal", amount = "5000" } } },
        },
    };

    public static string Day(int fromToday) => Today.AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A new call of Kiel, an application to it, submitted and approved with 18,000 € through the API.</summary>
    public static async Task<(int CallId, int ApplicationId, int PilotId)> ApprovedPilotAsync(SmartRegionApp app, WebSession editor, WebSession applicant, string title = "Bürgerbus Gaarden")
    {
        var callId = await CreateCallAsync(app, editor);
        var id = await DraftAsync(applicant, callId, PilotApplication(await app.AreaIdAsync("kiel-gaarden-ost"), title));
        await SubmitAsync(applicant, id);
        using var approved = await editor.Client.PostAsJsonAsync($"/api/funding/applications/{id}/decision", new { outcome = "Approved", grantedAmount = "18000.00" });
        Assert.True(HttpStatusCode.OK == approved.StatusCode, await approved.Content.ReadAsStringAsync());
        var pilotId = await app.QueryAsync(db => db.Set<FundingPilot>().Where(p => p.ApplicationId == id).Select(p => p.Id).SingleAsync());
        return (callId, id, pilotId);
    }

    public static Task<int> ReportIdAsync(SmartRegionApp app, int pilotId, ReportKind kind) =>
        app.QueryAsync(db => db.Set<PilotReport>().Where(r => r.PilotId == pilotId && r.Kind == kind).Select(r => r.Id).SingleAsync());

    public static string ReportUrl(int pilotId, int reportId) => $"/funding/pilots/{pilotId}/reports/{reportId}";

    /// <summary>The report form's fields: the narrative, status and note per milestone, the spending per category.</summary>
    public static List<KeyValuePair<string, string>> ReportFields(string narrative, (string Status, string Note)[] milestones, string[] spent)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Input.Narrative", narrative) };
        foreach (var (milestone, i) in milestones.Select((m, i) => (m, i)))
        {
            fields.Add(new($"Input.Milestones[{i}].Status", milestone.Status));
            fields.Add(new($"Input.Milestones[{i}].Note", milestone.Note));
        }

        fields.AddRange(spent.Select((amount, i) => new KeyValuePair<string, string>($"Input.Spending[{i}].Spent", amount)));
        return fields;
    }

    /// <summary>A complete interim report: the first milestone done, the second delayed with a reason, 4,000 € and 2.500,50 € spent.</summary>
    public static List<KeyValuePair<string, string>> CompleteReport(string narrative = "Der Bus fährt seit März jeden Abend.") =>
        ReportFields(narrative, [("Done", ""), ("Delayed", "Die Genehmigung dauert länger.")], ["4.000", "2.500,50"]);

    /// <summary>Posts the report form as a browser does (multipart, with the token of the report page) with the given handler.</summary>
    public static async Task<HttpResponseMessage> PostReportAsync(
        WebSession session, string reportUrl, string handler, IEnumerable<KeyValuePair<string, string>> fields, params (string Name, byte[] Bytes)[] files)
    {
        var token = WebSession.AntiforgeryToken(await session.GetHtmlAsync(reportUrl));
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields.Append(new("__RequestVerificationToken", token)))
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), "Files", name);
        }

        return await session.Client.PostAsync(new Uri($"{reportUrl}?handler={handler}", UriKind.Relative), content);
    }
}
