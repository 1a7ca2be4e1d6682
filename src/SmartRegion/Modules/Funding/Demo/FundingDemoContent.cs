using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;

namespace SmartRegion.Modules.Funding.Demo;

/// <summary>The demo calls and the answers of their applications: invented, plausible, marked as demo.</summary>
internal static class FundingDemoContent
{
    public static FundingCall OpenCall(int regionId, DateTime now) => new()
    {
        AreaId = regionId,
        ReferencePrefix = "SP",
        TitleDe = FundingDemoSeed.OpenCallTitle,
        TitleEn = "Strategic pilots 2027 (demo)",
        DescriptionDe = "Ein erfundener Förderaufruf für diese Demo. Der Förderfonds „Strategische Piloten“ unterstützt kluge Ideen von "
            + "Bürgerinnen und Bürgern, Vereinen, Initiativen und Einrichtungen aus Kiel, Rendsburg-Eckernförde und Plön. Die Ergebnisse "
            + "fließen in die Smart-Region-Strategie ein und können in der Umsetzungsphase fortgeführt werden.",
        DescriptionEn = "An invented call for this demo. The funding pot supports smart ideas of residents, associations, initiatives and "
            + "institutions from Kiel, Rendsburg-Eckernförde and Plön; the results feed into the Smart Region strategy.",
        FieldKeys = ["mobilitaet", "kuesten-meeresschutz", "quartiersentwicklung", "umwelt"],
        ApplicantTypes = [ApplicantType.Person, ApplicantType.Association, ApplicantType.Initiative, ApplicantType.PublicBody],
        EligibleAreaIds = [regionId],
        TotalBudget = 250_000m,
        MinGrant = 5_000m,
        MaxGrant = 40_000m,
        MinOwnContributionPercent = 10m,
        OpensAt = now.AddDays(-14),
        ClosesAt = now.AddDays(30),
        MaxProjectMonths = 18,
        InterimReportMonths = 6,
        FinalReportAtProjectEnd = true,
        Criteria =
        [
            new ReviewCriterion { Key = "c1", NameDe = "Wirkung für die Region", NameEn = "Impact for the region", Weight = 40, DescriptionDe = "Wie viele Menschen profitieren, und wie lange?" },
            new ReviewCriterion { Key = "c2", NameDe = "Offenheit und Beteiligung", NameEn = "Openness and participation", Weight = 30, DescriptionDe = "Offene Daten, offener Quellcode, Mitwirkung der Nachbarschaft." },
            new ReviewCriterion { Key = "c3", NameDe = "Umsetzbarkeit", NameEn = "Feasibility", Weight = 30, DescriptionDe = "Sind Zeitplan, Team und Kosten stimmig?" },
        ],
        FormFields =
        [
            new FormFieldDefinition { Key = "f1", Kind = FormFieldKind.LongText, LabelDe = "Projektbeschreibung", LabelEn = "Project description", Required = true },
            new FormFieldDefinition { Key = "f2", Kind = FormFieldKind.MilestonePlan, LabelDe = "Meilensteine", LabelEn = "Milestones", Required = true },
            new FormFieldDefinition { Key = "f3", Kind = FormFieldKind.BudgetTable, LabelDe = "Kostenplan", LabelEn = "Budget", Required = true, Options = ["Personal", "Sachkosten", "Öffentlichkeitsarbeit"] },
            new FormFieldDefinition { Key = "f4", Kind = FormFieldKind.File, LabelDe = "Projektskizze (optional)", LabelEn = "Project outline (optional)" },
        ],
        Status = CallStatus.Published,
        CreatedAt = now.AddDays(-20),
        UpdatedAt = now.AddDays(-15),
        PublishedAt = now.AddDays(-15),
    };

    /// <summary>
    /// The region's first call, closed months ago: the same form, criteria and rules as this year's call, a smaller
    /// budget. Its approved applications are running pilots that report.
    /// </summary>
    public static FundingCall PastCall(int regionId, DateTime now)
    {
        var call = OpenCall(regionId, now);
        call.TitleDe = PastCallDemo.Title;
        call.TitleEn = "Strategic pilots 2026 (demo)";
        call.DescriptionDe = "Ein erfundener Förderaufruf für diese Demo: die erste Runde des Förderfonds „Strategische Piloten“. Die Frist ist "
            + "abgelaufen, die Jury hat entschieden, und die geförderten Piloten berichten über ihren Stand.";
        call.DescriptionEn = "An invented call for this demo: the first round of the funding pot. It is closed and decided; the funded "
            + "pilots report on their progress.";
        call.TotalBudget = 150_000m;
        call.MaxGrant = 30_000m;
        call.CreatedAt = now.AddDays(-PastCallDemo.OpenedDaysAgo - 10);
        call.UpdatedAt = now.AddDays(-PastCallDemo.OpenedDaysAgo - 5);
        call.PublishedAt = call.UpdatedAt;
        call.OpensAt = now.AddDays(-PastCallDemo.OpenedDaysAgo);
        call.ClosesAt = now.AddDays(-PastCallDemo.ClosedDaysAgo);
        return call;
    }

    /// <summary>
    /// Answers that keep the call's rules: milestones within the project time (the last one
    /// <paramref name="projectMonths"/> after <paramref name="at"/>), a budget with a tenth or more own share.
    /// </summary>
    public static Dictionary<string, FieldAnswer> Answers(string title, decimal grant, DateTime at, int projectMonths = 12)
    {
        var start = DateOnly.FromDateTime(at);
        var personnel = Math.Round(grant * 0.7m, 0);
        var material = Math.Round(grant * 0.45m, 0);
        return new()
        {
            ["f1"] = new FieldAnswer { Value = $"{title}: ein erfundenes Vorhaben für diese Demo. Es soll zeigen, wie ein Antrag mit Meilensteinen und Kostenplan aussieht." },
            ["f2"] = new FieldAnswer
            {
                Milestones =
                [
                    new MilestoneRow { Title = "Auftakt mit der Nachbarschaft", Due = start.AddMonths(2) },
                    new MilestoneRow { Title = "Erste Version im Einsatz", Due = start.AddMonths(6) },
                    new MilestoneRow { Title = "Auswertung und Abschlussbericht", Due = start.AddMonths(projectMonths) },
                ],
            },
            ["f3"] = new FieldAnswer
            {
                Budget =
                [
                    new BudgetRow { Category = "Personal", Amount = personnel },
                    new BudgetRow { Category = "Sachkosten", Amount = material },
                    new BudgetRow { Category = "Öffentlichkeitsarbeit", Amount = Math.Round(grant * 0.1m, 0) },
                ],
            },
        };
    }
}
