using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SmartRegion.Modules.Participation.Comments;
using SmartRegion.Modules.Participation.Ideas;
using SmartRegion.Modules.Participation.Moderation;
using SmartRegion.Modules.Region;
using SmartRegion.Platform.Database;

namespace SmartRegion.BrowserTests;

/// <summary>A comment thread and the moderation pages in a real browser: axe scans and replying with the keyboard alone.</summary>
[Collection(PortalGroup.Name)]
public sealed class CommentsAndModerationBrowserTests(PortalServer server)
{
    /// <summary>An idea in Gaarden with a comment by the admin, reported by the resident.</summary>
    private async Task<(int IdeaId, long CommentId)> ReportedCommentAsync(string text)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmartRegionDb>();
        var areaId = await db.Set<Area>().Where(a => a.Slug == "kiel-gaarden-ost").Select(a => a.Id).SingleAsync();
        var admin = await db.Users.SingleAsync(u => u.Email == PortalServer.AdminEmail);
        var resident = await db.Users.SingleAsync(u => u.Email == PortalServer.ResidentEmail);
        var idea = new Idea { AreaId = areaId, FieldKey = "mobility", Title = "Sitzbänke", Body = "Mehr Bänke.", CreatedAt = DateTime.UtcNow, Status = IdeaStatus.Received };
        db.Add(idea);
        await db.SaveChangesAsync();
        var comment = new Comment { SubjectKind = "idea", SubjectId = idea.Id, AuthorId = admin.Id, Body = text, Language = "de", CreatedAt = DateTime.UtcNow };
        db.Add(comment);
        await db.SaveChangesAsync();
        db.Add(new ContentFlag { ContentKind = "comment", ContentId = comment.Id, AreaId = areaId, ReporterId = resident.Id, Reason = "Bitte prüfen", CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return (idea.Id, comment.Id);
    }

    [Fact]
    public async Task ModerationPages_HaveNoSeriousAccessibilityViolations()
    {
        var (_, commentId) = await ReportedCommentAsync("Ein gemeldeter Kommentar");
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.AdminEmail, PortalServer.AdminPassword);

        foreach (var path in new[] { "/participation/moderation", $"/participation/moderation/content/comment/{commentId}", "/participation/moderation/log" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response?.Status);
            await AxeScan.AssertAccessibleAsync(page, path);
        }
    }

    [Fact]
    public async Task ThreadAndReportForm_HaveNoSeriousAccessibilityViolations()
    {
        var (ideaId, commentId) = await ReportedCommentAsync("Ein Kommentar zum Antworten");
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.ResidentEmail, PortalServer.ResidentPassword);

        foreach (var path in new[] { $"/participation/comments/idea/{ideaId}", $"/participation/report-content?kind=comment&id={commentId}" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response?.Status);
            await AxeScan.AssertAccessibleAsync(page, path);
        }

        await page.GotoAsync($"/participation/comments/idea/{ideaId}");
        await page.Locator($"#comment-{commentId} summary").ClickAsync();
        await AxeScan.AssertAccessibleAsync(page, "thread with an open reply form");
    }

    [Fact]
    public async Task Reply_WithKeyboardOnly_IsPostedUnderItsComment()
    {
        var (ideaId, commentId) = await ReportedCommentAsync("Wo sollen die Bänke stehen?");
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.ResidentEmail, PortalServer.ResidentPassword);
        await page.GotoAsync($"/participation/comments/idea/{ideaId}");

        var summary = page.Locator($"#comment-{commentId} summary");
        await TabUntilAsync(page, summary);
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal($"body-reply-{commentId}", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.TypeAsync("Am Spielplatz, bitte.");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal($"language-reply-{commentId}", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressAsync(url => url.Contains("#comment-", StringComparison.Ordinal) && !url.EndsWith($"#comment-{commentId}", StringComparison.Ordinal));

        var reply = page.Locator($"#comment-{commentId} .comment-list--replies .comment__body");
        Assert.Equal("Am Spielplatz, bitte.", (await reply.InnerTextAsync()).Trim());
    }

    private static async Task TabUntilAsync(IPage page, ILocator target, int limit = 60)
    {
        var handle = await target.ElementHandleAsync();
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("element => document.activeElement === element", handle))
            {
                Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
                return;
            }
        }

        Assert.Fail($"The target was not reached with {limit} presses of Tab.");
    }

}
