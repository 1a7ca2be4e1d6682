using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Region;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;

namespace SmartRegion.BrowserTests;

/// <summary>Funding data the browser tests start from, written straight into the portal's database.</summary>
internal static class FundingBrowserData
{
    /// <summary>A published call of Kiel, open for a month, with the usual form; returns it and Gaarden-Ost, an eligible area.</summary>
    public static async Task<(int CallId, int AreaId)> OpenCallAsync(PortalServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmartRegionDb>();
        var kiel = await db.Set<Area>().Where(a => a.Slug == "kiel").Select(a => a.Id).SingleAsync();
        var gaarden = await db.Set<Area>().Where(a => a.Slug == "kiel-gaarden-ost").Select(a => a.Id).SingleAsync();
        var now = DateTime.UtcNow;
        var call = new FundingCall
        {
            AreaId = kiel,
            TitleDe = $"Strategische Piloten {Guid.NewGuid():N}"[..30],
            DescriptionDe = "Wir fördern Piloten, die die Region klüger machen.",
            FieldKeys = ["mobilitaet"],
            ApplicantTypes = [ApplicantType.Association, ApplicantType.Initiative],
            EligibleAreaIds = [kiel],
            TotalBudget = 500_000m,
            MinGrant = 5_000m,
            MaxGrant = 50_000m,
            MinOwnContributionPercent = 20m,
            OpensAt = now.AddDays(-1),
            ClosesAt = now.AddDays(30),
            InterimReportMonths = 6,
            Criteria = [new ReviewCriterion { NameDe = "Wirkung für die Region", Weight = 40, DescriptionDe = "Wie viele Menschen profitieren?" }],
            FormFields =
            [
                new FormFieldDefinition { Key = "f1", Kind = FormFieldKind.LongText, LabelDe = "Projektbeschreibung", Required = true },
                new FormFieldDefinition { Key = "f2", Kind = FormFieldKind.MilestonePlan, LabelDe = "Meilensteine", Required = true },
                new FormFieldDefinition { Key = "f3", Kind = FormFieldKind.BudgetTable, LabelDe = "Kostenplan", Required = true, Options = ["Personal", "Sachkosten"] },
                new FormFieldDefinition { Key = "f4", Kind = FormFieldKind.File, LabelDe = "Projektskizze" },
            ],
            Status = CallStatus.Published,
            CreatedAt = now,
            UpdatedAt = now,
            PublishedAt = now,
        };
        db.Add(call);
        await db.SaveChangesAsync();
        return (call.Id, gaarden);
    }

    /// <summary>A submitted application of the person with <paramref name="applicantEmail"/> to the call.</summary>
    public static async Task<int> SubmittedApplicationAsync(PortalServer server, int callId, int areaId, string applicantEmail, string title)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmartRegionDb>();
        var applicant = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(applicantEmail);
        var now = DateTime.UtcNow;
        var application = new FundingApplication
        {
            CallId = callId,
            ApplicantId = applicant!.Id,
            Title = title,
            ApplicantName = "Nachbarschaftsverein Gaarden e. V.",
            ApplicantType = ApplicantType.Association,
            AreaId = areaId,
            GrantRequested = 20_000m,
            State = ApplicationState.Submitted,
            ReferenceNumber = $"SP-{now.Year}-{Random.Shared.Next(1000, 9999)}",
            CreatedAt = now,
            UpdatedAt = now,
            SubmittedAt = now,
        };
        db.Add(application);
        await db.SaveChangesAsync();

        // A submission freezes the application; an approval founds the pilot from this copy.
        db.Add(new ApplicationVersion { ApplicationId = application.Id, Number = 1, CreatedAt = now, Snapshot = ApplicationDesk.Snapshot(application, application.ReferenceNumber, now) });
        await db.SaveChangesAsync();
        return application.Id;
    }
}
