using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SmartRegion.Modules.Participation.Surveys;
using SmartRegion.Platform.Database;

namespace SmartRegion.BrowserTests;

/// <summary>A survey answered with the keyboard alone, and the survey pages scanned by axe-core.</summary>
[Collection(PortalGroup.Name)]
public sealed class SurveyBrowserTests(PortalServer server)
{
    private async Task<Survey> SeedAsync(string title, bool everyKind)
    {
        var now = DateTime.UtcNow;
        var survey = new Survey
        {
            TitleDe = title,
            Access = SurveyAccess.Anonymous,
            OpensAt = now.AddDays(-1),
            ClosesAt = now.AddDays(7),
            IsPublished = true,
            ResultsPublic = true,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var section = new SurveySection { SortOrder = 1, TitleDe = "Ihr Weg" };
        survey.Sections.Add(section);
        var commute = new SurveyQuestion { Kind = QuestionKind.SingleChoice, SortOrder = 1, TextDe = "Wie kommen Sie zur Arbeit?", IsRequired = true };
        commute.Options.AddRange([new SurveyOption { SortOrder = 1, TextDe = "Bus" }, new SurveyOption { SortOrder = 2, TextDe = "Rad" }]);
        var wish = new SurveyQuestion { Kind = QuestionKind.FreeText, SortOrder = 2, TextDe = "Was fehlt Ihnen auf dem Rad?", IsRequired = true };
        var age = new SurveyQuestion { Kind = QuestionKind.Number, SortOrder = 3, TextDe = "Wie alt sind Sie?", IsRequired = true, MinValue = 0, MaxValue = 120 };
        section.Questions.AddRange([commute, wish, age]);
        if (everyKind)
        {
            var more = new SurveySection { SortOrder = 2, TitleDe = "Mehr" };
            survey.Sections.Add(more);
            var topics = new SurveyQuestion { Kind = QuestionKind.MultipleChoice, SortOrder = 1, TextDe = "Themen" };
            topics.Options.AddRange([new SurveyOption { SortOrder = 1, TextDe = "Radwege" }, new SurveyOption { SortOrder = 2, TextDe = "Takt" }]);
            var scale = new SurveyQuestion { Kind = QuestionKind.Scale, SortOrder = 2, TextDe = "Zufriedenheit" };
            var ranking = new SurveyQuestion { Kind = QuestionKind.Ranking, SortOrder = 3, TextDe = "Reihenfolge" };
            ranking.Options.AddRange([new SurveyOption { SortOrder = 1, TextDe = "Radweg" }, new SurveyOption { SortOrder = 2, TextDe = "Busspur" }]);
            var matrix = new SurveyQuestion { Kind = QuestionKind.Matrix, SortOrder = 4, TextDe = "Bewertung" };
            matrix.Options.AddRange([new SurveyOption { SortOrder = 1, TextDe = "gut" }, new SurveyOption { SortOrder = 2, TextDe = "schlecht" }, new SurveyOption { SortOrder = 1, TextDe = "Busse", IsMatrixRow = true }]);
            more.Questions.AddRange([topics, scale, ranking, matrix,
                new SurveyQuestion { Kind = QuestionKind.Date, SortOrder = 5, TextDe = "Seit wann?" },
                new SurveyQuestion { Kind = QuestionKind.MapPoint, SortOrder = 6, TextDe = "Wo genau?" }]);
        }

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmartRegionDb>();
        survey.AreaId = db.Set<SmartRegion.Modules.Region.Area>().Single(a => a.Slug == "kiel").Id;
        db.Add(survey);
        await db.SaveChangesAsync();
        foreach (var question in survey.Sections.SelectMany(s => s.Questions))
        {
            question.SurveyId = survey.Id;
        }

        wish.ConditionQuestionId = commute.Id;
        wish.ConditionOptionId = commute.Options[1].Id;
        await db.SaveChangesAsync();
        return survey;
    }

    private static Task<string> FocusedIdAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement.id");

    private static async Task TabToAsync(IPage page, string id, int limit = 60)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await FocusedIdAsync(page) == id)
            {
                return;
            }
        }

        Assert.Fail($"'{id}' was not reached with {limit} presses of Tab.");
    }

    [Fact]
    public async Task Survey_AnsweredWithKeyboardOnly_ShowsTheConditionalQuestionAndIsSaved()
    {
        var survey = await SeedAsync("Tastatur-Umfrage", everyKind: false);
        var commute = survey.Sections[0].Questions[0];
        var wish = survey.Sections[0].Questions[1];
        var age = survey.Sections[0].Questions[2];
        var page = await server.NewPageAsync();
        await page.GotoAsync($"/participation/surveys/{survey.Id}");
        var wishBlock = page.Locator($"#question-{wish.Id}");
        await Assertions.Expect(wishBlock).ToBeHiddenAsync();

        // Tab into the radio group, Space picks "Bus", the down arrow moves the choice to "Rad".
        await TabToAsync(page, $"q{commute.Id}");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.GetByLabel("Rad", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(wishBlock).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal($"q{wish.Id}", await FocusedIdAsync(page));
        await page.Keyboard.TypeAsync("Sichere Abstellplätze");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal($"q{age.Id}", await FocusedIdAsync(page));
        await page.Keyboard.TypeAsync("37");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForAddressAsync(url => url.Contains("answered=true", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByText("Vielen Dank! Ihre Antworten wurden gespeichert.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SurveyPages_AnswerResultsAndBuilder_HaveNoSeriousAccessibilityViolations()
    {
        var survey = await SeedAsync("Umfrage mit allen Fragearten", everyKind: true);
        var page = await server.NewPageAsync();

        await page.GotoAsync($"/participation/surveys/{survey.Id}");
        await AxeScan.AssertAccessibleAsync(page, "answer page");

        // Submitting nothing shows the errors next to the fields and in the summary.
        await page.GetByRole(AriaRole.Button, new() { Name = "Antworten absenden" }).ClickAsync();
        await page.WaitForSelectorAsync("#error-summary");
        await AxeScan.AssertAccessibleAsync(page, "answer page with errors");

        await page.GotoAsync($"/participation/surveys/{survey.Id}/results");
        await page.WaitForSelectorAsync(".survey-chart canvas");
        Assert.True(await page.Locator("table[data-chart]").CountAsync() >= 3);
        await AxeScan.AssertAccessibleAsync(page, "results page");

        var editorPage = await server.NewPageAsync();
        await PortalServer.SignInAsync(editorPage, PortalServer.AdminEmail, PortalServer.AdminPassword);
        await editorPage.GotoAsync($"/participation/surveys/{survey.Id}/edit");
        await AxeScan.AssertAccessibleAsync(editorPage, "builder");
        await editorPage.GotoAsync("/participation/surveys/new");
        await AxeScan.AssertAccessibleAsync(editorPage, "new survey");
        await editorPage.GotoAsync($"/participation/surveys/{survey.Id}/preview");
        await AxeScan.AssertAccessibleAsync(editorPage, "preview");
    }

}
