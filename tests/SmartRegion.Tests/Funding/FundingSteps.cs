using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Funding;

/// <summary>The app with a small attachment limit, 1 MB, so the size rule is tested with little test data.</summary>
public sealed class FundingSqliteApp() : SmartRegionApp(Engine.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Funding:AttachmentMaxBytes"] = "1048576" };
}

public sealed class FundingPostgresApp() : SmartRegionApp(Engine.Postgres)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Funding:AttachmentMaxBytes"] = "1048576" };
}

/// <summary>Steps the funding tests share: a call opened through the editor's form and applications through the API.</summary>
internal static partial class FundingSteps
{
    public const string Password = "a long enough password";

    public static async Task<(WebSession Session, AppUser Person)> SignedInAsync(SmartRegionApp app, string who, params (string Role, string? Area)[] grants)
    {
        var email = $"{who}-{Guid.NewGuid():N}@example.org";
        var person = await app.CreatePersonAsync(email, Password, grants);
        var session = app.NewSession();
        await session.SignInAsync(email, Password);
        return (session, person);
    }

    public static string Berlin(DateTime utc) => BerlinTime.ToInput(utc);

    /// <summary>The fields of the standard call form: Kiel's pilots, 5,000–50,000 €, at least 20 % own share, open for a month.</summary>
    public static List<KeyValuePair<string, string>> CallForm(int areaId, int eligibleAreaId, string title, DateTime? opens = null, DateTime? closes = null)
    {
        string S(object value) => Convert.ToString(value, CultureInfo.InvariantCulture)!;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.AreaId", S(areaId)),
            new("Input.ReferencePrefix", "SP"),
            new("Input.TitleDe", title),
            new("Input.TitleEn", title + " (en)"),
            new("Input.DescriptionDe", "Wir fördern Piloten, die die Region klüger machen."),
            new("Input.DescriptionEn", ""),
            new("Input.FieldKeys", "mobilitaet"),
            new("Input.ApplicantTypes", "Association"),
            new("Input.ApplicantTypes", "Initiative"),
            new("Input.EligibleAreaIds", S(eligibleAreaId)),
            new("Input.TotalBudget", "500.000"),
            new("Input.MinGrant", "5.000"),
            new("Input.MaxGrant", "50.000"),
            new("Input.MinOwnContributionPercent", "20"),
            new("Input.OpensAt", Berlin(opens ?? DateTime.UtcNow.AddDays(-1))),
            new("Input.ClosesAt", Berlin(closes ?? DateTime.UtcNow.AddDays(30))),
            new("Input.MaxProjectMonths", "24"),
            new("Input.InterimReportMonths", "6"),
            new("Input.FinalReportAtProjectEnd", "true"),
            new("Input.Criteria[0].NameDe", "Wirkung für die Region"),
            new("Input.Criteria[0].Weight", "40"),
            new("Input.Criteria[0].DescriptionDe", "Wie viele Menschen profitieren?"),
            new("Input.Criteria[1].NameDe", ""),
        };
        void Question(int index, string kind, string label, bool required, string options = "")
        {
            fields.Add(new($"Input.FormFields[{index}].Kind", kind));
            fields.Add(new($"Input.FormFields[{index}].LabelDe", label));
            fields.Add(new($"Input.FormFields[{index}].Required", required ? "true" : "false"));
            fields.Add(new($"Input.FormFields[{index}].Options", options));
        }

        Question(0, "LongText", "Projektbeschreibung", required: true);
        Question(1, "MilestonePlan", "Meilensteine", required: true);
        Question(2, "BudgetTable", "Kostenplan", required: true, "Personal; Sachkosten");
        Question(3, "File", "Projektskizze", required: false);
        Question(4, "Choice", "Laufzeit", required: false, "12 Monate; 24 Monate");
        fields.Add(new("Input.FormFields[5].Kind", ""));
        fields.Add(new("Input.FormFields[5].LabelDe", ""));
        return fields;
    }

    public static async Task<int> CreateCallAsync(
        SmartRegionApp app, WebSession editor, string areaSlug = "kiel", bool publish = true, string? title = null, DateTime? opens = null, DateTime? closes = null,
        Action<List<KeyValuePair<string, string>>>? adjust = null)
    {
        var areaId = await app.AreaIdAsync(areaSlug);
        var form = CallForm(areaId, areaId, title ?? $"Strategische Piloten {Guid.NewGuid():N}"[..30], opens, closes);
        adjust?.Invoke(form);
        using var response = await editor.PostFormAsync("/funding/calls/new", form);
        Assert.True(HttpStatusCode.Redirect == response.StatusCode, $"{(int)response.StatusCode}: {string.Join(" | ", ErrorText().Matches(await response.Content.ReadAsStringAsync()).Select(m => m.Value))}");
        var match = CallLink().Match(response.Headers.Location!.ToString());
        Assert.True(match.Success, response.Headers.Location!.ToString());
        var id = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        if (publish)
        {
            using var published = await editor.PostFormAsync($"/funding/calls/{id}/staff", [new("publish", "true")], $"/funding/calls/{id}/staff?handler=Publish");
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        return id;
    }

    /// <summary>A complete, valid application body for the standard call (total cost 30,000 €, grant 20,000 €, unless the personnel cost is raised).</summary>
    public static object CompleteApplication(int areaId, string title = "Bürgerbus Gaarden", string grant = "20000", string personnelCost = "20000") => new
    {
        title,
        applicantName = "Nachbarschaftsverein Gaarden e. V.",
        applicantType = "Association",
        areaId,
        grantRequested = grant,
        answers = new Dictionary<string, object>
        {
            ["f1"] = new { value = "Ein Kleinbus fährt abends durch Gaarden." },
            ["f2"] = new { milestones = new[] { new { title = "Start", due = DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } } },
            ["f3"] = new { budget = new[] { new { category = "Personal", amount = personnelCost }, new { category = "Sachkosten", amount = "10000" } } },
            ["f5"] = new { value = "12 Monate" },
        },
    };

    public static async Task<int> DraftAsync(WebSession applicant, int callId, object application)
    {
        using var response = await applicant.Client.PostAsJsonAsync("/api/funding/applications", new { callId, application });
        Assert.True(HttpStatusCode.Created == response.StatusCode, await response.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetInt32();
    }

    /// <summary>Submits through the API and returns the reference number.</summary>
    public static async Task<string> SubmitAsync(WebSession applicant, int applicationId)
    {
        using var response = await applicant.Client.PostAsync(new Uri($"/api/funding/applications/{applicationId}/submit", UriKind.Relative), null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(HttpStatusCode.OK == response.StatusCode, body);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("referenceNumber").GetString()!;
    }

    public static Task CloseCallAsync(SmartRegionApp app, int callId) =>
        app.QueryAsync(db => db.Set<FundingCall>().Where(c => c.Id == callId).ExecuteUpdateAsync(u => u.SetProperty(c => c.ClosesAt, DateTime.UtcNow.AddMinutes(-1))));

    [GeneratedRegex("<p class=\"kern-error\"[^>]*>[^<]*</p>|<h1[^>]*>[^<]*</h1>")]
    private static partial Regex ErrorText();

    [GeneratedRegex(@"/funding/calls/(\d+)")]
    private static partial Regex CallLink();
}
