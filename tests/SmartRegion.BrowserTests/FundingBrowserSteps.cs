using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Region;
using SmartRegion.Platform.Database;

namespace SmartRegion.BrowserTests;

/// <summary>What the funding browser tests set up in the database before the browser starts.</summary>
internal static class FundingBrowserSteps
{
    /// <summary>An open call of Kiel for Mobilität, written straight into the database, with a description, milestone plan, budget table and file question (f1–f4); the id of Gaarden-Ost for applications.</summary>
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
}
