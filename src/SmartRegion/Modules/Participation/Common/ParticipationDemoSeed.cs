using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Comments;
using SmartRegion.Modules.Participation.Events;
using SmartRegion.Modules.Participation.Following;
using SmartRegion.Modules.Participation.Ideas;
using SmartRegion.Modules.Participation.Measures;
using SmartRegion.Modules.Participation.Processes;
using SmartRegion.Modules.Participation.Surveys;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Common;

/// <summary>
/// Demo content (<c>Demo__Seed</c>): a Smart Gaarden process around the Vinetaplatz in its contribution phase,
/// with an anonymous survey, ideas with supports and comments, a measure that came from an idea (the
/// "Gaardener Fenster", as it happened) and neighbourhood events. Dates are relative to the first start, so the
/// demo always has a current phase and upcoming events. Runs once: it stops when the process exists.
/// </summary>
internal sealed class ParticipationDemoSeed(RegionDirectory directory, TimeProvider clock) : IStartupSeed
{
    public const string ProcessSlug = "smart-gaarden-vinetaplatz";
    private const double VinetaplatzLatitude = 54.3114;
    private const double VinetaplatzLongitude = 10.1470;

    public bool IsDemoContent => true;

    public async Task SeedAsync(SmartRegionDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var gaarden = await directory.AreaIdAsync("kiel-gaarden-ost", cancellationToken);
        if (gaarden is null || await db.Set<Process>().AnyAsync(p => p.Slug == ProcessSlug, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = now.Date;
        var residents = Residents(now);
        db.Users.AddRange(residents);
        var process = Process(gaarden.Value, today);
        db.Add(process);
        await db.SaveChangesAsync(cancellationToken);

        await AddSurveyAsync(db, process, today, cancellationToken);
        var ideas = await AddIdeasAsync(db, process, residents, today, cancellationToken);
        await AddMeasureAsync(db, gaarden.Value, ideas[0], residents[0], today, cancellationToken);
        AddEvents(db, gaarden.Value, residents, today);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Demo residents; they have no password, so nobody can sign in as them.</summary>
    private static List<AppUser> Residents(DateTime now) =>
    [
        DemoAccounts.Create("ayse.demo@smartregion.invalid", "Ayşe K.", now),
        DemoAccounts.Create("jonas.demo@smartregion.invalid", "Jonas P.", now),
        DemoAccounts.Create("samira.demo@smartregion.invalid", "Samira H.", now),
    ];


    private static Process Process(int gaarden, DateTime today) => new()
    {
        Slug = ProcessSlug,
        AreaId = gaarden,
        FieldKey = "quartiersentwicklung",
        TitleDe = "Smart Gaarden: Unser Vinetaplatz",
        TitleEn = "Smart Gaarden: our Vinetaplatz",
        SummaryDe = "Wie soll der Vinetaplatz in Gaarden-Ost werden? Ideen sammeln, unterstützen, mitreden – auf Deutsch, Türkisch, Arabisch und Englisch.",
        SummaryEn = "What should the Vinetaplatz in Gaarden-Ost become? Collect ideas, support them, have a say – in German, Turkish, Arabic and English.",
        DescriptionDe = "Der Vinetaplatz ist das Herz von Gaarden-Ost. Gemeinsam mit dem Stadtteil sammeln wir Ideen für Aufenthalt, Beleuchtung, digitale Informationen und Begegnung. Die Ergebnisse fließen in Sofortmaßnahmen ein.",
        DescriptionEn = "Vinetaplatz is the heart of Gaarden-Ost. Together with the neighbourhood we collect ideas for seating, lighting, digital information and meeting places. The results feed into immediate measures.",
        AllowsAnonymous = true,
        IsPublished = true,
        CreatedAt = today.AddDays(-45),
        UpdatedAt = today.AddDays(-45),
        Phases =
        [
            Phase(PhaseKind.Information, "Information", "Information", today.AddDays(-45), today.AddDays(-21), 0),
            Phase(PhaseKind.Contributions, "Ideen und Umfrage", "Ideas and survey", today.AddDays(-21), today.AddDays(28), 1, open: true),
            Phase(PhaseKind.Evaluation, "Auswertung", "Evaluation", today.AddDays(28), today.AddDays(56), 2),
            Phase(PhaseKind.Results, "Ergebnisse", "Results", today.AddDays(56), today.AddDays(120), 3),
        ],
    };

    private static Phase Phase(PhaseKind kind, string titleDe, string titleEn, DateTime starts, DateTime ends, int order, bool open = false) => new()
    {
        Kind = kind,
        TitleDe = titleDe,
        TitleEn = titleEn,
        StartsAt = starts,
        EndsAt = ends,
        SortOrder = order,
        SurveysOpen = open,
        IdeasOpen = open,
        CommentsOpen = open,
        SupportsOpen = open,
    };

    private static async Task AddSurveyAsync(SmartRegionDb db, Process process, DateTime today, CancellationToken cancellationToken)
    {
        var survey = new Survey
        {
            AreaId = process.AreaId,
            ProcessId = process.Id,
            TitleDe = "Wie soll der Vinetaplatz werden?",
            TitleEn = "What should the Vinetaplatz become?",
            IntroDe = "Fünf Fragen, etwa drei Minuten. Die Umfrage ist anonym: Wir speichern weder Konto noch IP-Adresse.",
            IntroEn = "Five questions, about three minutes. The survey is anonymous: we store neither account nor IP address.",
            Access = SurveyAccess.Anonymous,
            OpensAt = today.AddDays(-21),
            ClosesAt = today.AddDays(28),
            IsPublished = true,
            ResultsPublic = true,
            CreatedAt = today.AddDays(-22),
            UpdatedAt = today.AddDays(-22),
            Sections = [new SurveySection { SortOrder = 0, TitleDe = "Der Platz heute", TitleEn = "The square today" }],
        };
        db.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        var section = survey.Sections[0];
        SurveyQuestion Question(int order, QuestionKind kind, string de, string en, bool required, params (string De, string En)[] options) => new()
        {
            SurveyId = survey.Id,
            SectionId = section.Id,
            SortOrder = order,
            Kind = kind,
            TextDe = de,
            TextEn = en,
            IsRequired = required,
            Options = [.. options.Select((o, i) => new SurveyOption { SortOrder = i, TextDe = o.De, TextEn = o.En })],
        };
        section.Questions.AddRange(
        [
            Question(0, QuestionKind.SingleChoice, "Wie oft sind Sie am Vinetaplatz?", "How often are you at Vinetaplatz?", true,
                ("täglich", "daily"), ("wöchentlich", "weekly"), ("seltener", "less often")),
            Question(1, QuestionKind.Scale, "Wie wohl fühlen Sie sich dort abends?", "How comfortable do you feel there in the evening?", true,
                ("gar nicht", "not at all"), ("wenig", "a little"), ("teils, teils", "partly"), ("ziemlich", "fairly"), ("sehr", "very")),
            Question(2, QuestionKind.MultipleChoice, "Was fehlt am meisten?", "What is missing most?", false,
                ("Sitzbänke", "benches"), ("Licht", "light"), ("Grün", "greenery"), ("Informationen zum Stadtteil", "neighbourhood information"), ("Spielangebote", "play areas")),
            Question(3, QuestionKind.FreeText, "Was wünschen Sie sich sonst?", "What else would you like?", false),
        ]);
    }

    private static async Task<List<Idea>> AddIdeasAsync(SmartRegionDb db, Process process, List<AppUser> residents, DateTime today, CancellationToken cancellationToken)
    {
        Idea Idea(string title, string body, string language, string field, AppUser author, int daysAgo, double dLat, double dLon, IdeaStatus status = IdeaStatus.Received) => new()
        {
            ProcessId = process.Id,
            AreaId = process.AreaId,
            FieldKey = field,
            Title = title,
            Body = body,
            Language = language,
            Latitude = VinetaplatzLatitude + dLat,
            Longitude = VinetaplatzLongitude + dLon,
            AuthorId = author.Id,
            CreatedAt = today.AddDays(-daysAgo),
            Status = status,
        };
        List<Idea> ideas =
        [
            Idea("Digitaler Infobildschirm am Vinetaplatz", "Ein Bildschirm im Schaufenster, der zeigt, welche Läden es in der Elisabethstraße gibt und was im Stadtteil los ist – mehrsprachig.", "de", "quartiersentwicklung", residents[0], 20, 0.0002, 0.0003, IdeaStatus.Implemented),
            Idea("Mehr Licht auf dem Platz", "Abends ist es an der Ostseite sehr dunkel. Bessere Beleuchtung würde helfen, dass sich alle sicher fühlen.", "de", "quartiersentwicklung", residents[1], 18, -0.0003, 0.0006),
            Idea("Meydana oturma bankları", "Yaşlılar ve aileler için gölgeli oturma yerleri olsun. Yazın çok sıcak oluyor.", "tr", "bauen-wohnen-lebensraum", residents[0], 12, 0.0004, -0.0004),
            Idea("ركن للقراءة للأطفال", "مكان صغير فيه كتب بعدة لغات حتى يقرأ الأطفال بعد المدرسة.", "ar", "quartiersentwicklung", residents[2], 9, -0.0005, -0.0002),
            Idea("Fahrradbügel an der Haltestelle", "Wer mit dem Bus weiterfährt, findet kaum einen Platz für das Rad.", "de", "mobilitaet", residents[1], 4, 0.0006, 0.0009),
        ];
        ideas[0].OfficialAnswer = "Danke! Die Idee wurde als Sofortmaßnahme „Gaardener Fenster“ umgesetzt.";
        ideas[0].AnsweredAt = today.AddDays(-5);
        db.AddRange(ideas);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (idea, index) in ideas.Select((idea, index) => (idea, index)))
        {
            foreach (var supporter in residents.Where(r => r.Id != idea.AuthorId).Take(2 - (index % 2)))
            {
                db.Add(new Support { IdeaId = idea.Id, AccountId = supporter.Id, CreatedAt = idea.CreatedAt.AddDays(1) });
                idea.SupportCount++;
            }

            db.Add(new Follow { AccountId = idea.AuthorId!.Value, SubjectKind = SubjectKinds.Idea, SubjectId = idea.Id, CreatedAt = idea.CreatedAt });
        }

        var first = new Comment { SubjectKind = SubjectKinds.Idea, SubjectId = ideas[1].Id, AuthorId = residents[2].Id, Body = "Ja, besonders am Durchgang zur Elisabethstraße.", Language = "de", CreatedAt = today.AddDays(-17) };
        db.Add(first);
        await db.SaveChangesAsync(cancellationToken);
        db.Add(new Comment { SubjectKind = SubjectKinds.Idea, SubjectId = ideas[1].Id, ParentId = first.Id, AuthorId = residents[1].Id, Body = "Genau dort habe ich es gemeint.", Language = "de", CreatedAt = today.AddDays(-16) });
        ideas[1].CommentCount = 2;
        return ideas;
    }

    private static async Task AddMeasureAsync(SmartRegionDb db, int gaarden, Idea idea, AppUser author, DateTime today, CancellationToken cancellationToken)
    {
        var measure = new Measure
        {
            AreaId = gaarden,
            FieldKey = "quartiersentwicklung",
            TitleDe = "Gaardener Fenster",
            TitleEn = "Gaardener Fenster (Gaarden window)",
            DescriptionDe = "Ein digitaler Bildschirm im Schaufenster der Türkischen Gemeinde am Vinetaplatz: Wegweiser zu den Läden in Elisabeth- und Augustenstraße und Neuigkeiten aus dem Stadtteil.",
            DescriptionEn = "A digital screen in the shop window of the Turkish community at Vinetaplatz: a guide to the shops in Elisabethstraße and Augustenstraße and news from the neighbourhood.",
            ResponsibleBody = "Smarte KielRegion mit Smart Gaarden e. V.",
            BudgetEuro = 8500m,
            Status = MeasureStatus.Done,
            CreatedAt = today.AddDays(-15),
            UpdatedAt = today.AddDays(-5),
        };
        db.Add(measure);
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(
            new MeasureStatusChange { MeasureId = measure.Id, Status = MeasureStatus.Planned, At = today.AddDays(-15), ExplanationDe = "Aus der Idee aus dem Stadtteil übernommen; Standort mit der Türkischen Gemeinde abgestimmt.", ExplanationEn = "Taken up from the neighbourhood's idea; location agreed with the Turkish community." },
            new MeasureStatusChange { MeasureId = measure.Id, Status = MeasureStatus.InProgress, At = today.AddDays(-11), ExplanationDe = "Bildschirm bestellt, Inhalte werden mit den Läden gesammelt.", ExplanationEn = "Screen ordered, content being collected with the shops." },
            new MeasureStatusChange { MeasureId = measure.Id, Status = MeasureStatus.Done, At = today.AddDays(-5), ExplanationDe = "Der Bildschirm läuft; die Inhalte pflegt der Stadtteil selbst.", ExplanationEn = "The screen is running; the neighbourhood keeps its content up to date." },
            new MeasureIdea { MeasureId = measure.Id, IdeaId = idea.Id, LinkedAt = today.AddDays(-15) },
            new Follow { AccountId = author.Id, SubjectKind = SubjectKinds.Measure, SubjectId = measure.Id, CreatedAt = today.AddDays(-15) },
            new Notification
            {
                AccountId = author.Id,
                SubjectKind = SubjectKinds.Measure,
                SubjectId = measure.Id,
                CreatedAt = today.AddDays(-5),
                Link = $"/participation/measures/{measure.Id}",
                TextDe = "Die Maßnahme „Gaardener Fenster“, die aus Ihrer Idee entstand, ist umgesetzt.",
                TextEn = "The measure “Gaardener Fenster”, which came from your idea, is done.",
            });
    }

    private static void AddEvents(SmartRegionDb db, int gaarden, List<AppUser> residents, DateTime today)
    {
        NeighbourhoodEvent Event(string title, string description, string language, string place, string? address, int inDays, int startHour, int hours, AppUser by) => new()
        {
            AreaId = gaarden,
            Title = title,
            Description = description,
            Language = language,
            PlaceName = place,
            Address = address,
            StartsAt = BerlinTime.ToUtc(DateOnly.FromDateTime(today.AddDays(inDays)), new TimeOnly(startHour, 0)),
            EndsAt = BerlinTime.ToUtc(DateOnly.FromDateTime(today.AddDays(inDays)), new TimeOnly(startHour + hours, 0)),
            SubmittedBy = by.Id,
            Status = EventStatus.Approved,
            ReviewedAt = today,
            Uid = Guid.NewGuid(),
            CreatedAt = today,
            UpdatedAt = today,
        };
        db.AddRange(
            Event("Digital-Café für Eltern", "Fragen rund um Smartphone, Schul-Apps und sichere Passwörter – bei Kaffee und Tee.", "de", "Hans-Christian-Andersen-Schule", "Kiel-Gaarden", 3, 15, 2, residents[0]),
            Event("Info-Treff Digital Gaarden", "Smartphone-Grundlagen in kleiner Runde; bitte das eigene Gerät mitbringen.", "de", "Sozialkirche Gaarden", null, 6, 17, 2, residents[1]),
            Event("Blaupark'ta mahalle pikniği", "Herkes bir şey getirsin; çocuklar için oyunlar var.", "tr", "Sport- und Begegnungspark (Blaupark)", null, 10, 14, 4, residents[0]),
            Event("لقاء الجيران في ساحة فينيتا", "تعارف وقهوة ومعلومات عن المشاريع في الحي.", "ar", "Vinetaplatz", null, 13, 16, 2, residents[2]));
    }
}
