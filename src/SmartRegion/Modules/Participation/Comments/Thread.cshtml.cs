using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SmartRegion.Modules.Participation.Comments;

/// <summary>
/// The discussion of one subject on a page of its own: where the comment forms lead back to when no other
/// page is named, and a plain page for sharing a discussion.
/// </summary>
public sealed class ThreadModel(CommentSubjects subjects) : PageModel
{
    public CommentThreadView Thread { get; private set; } = default!;

    public string SubjectLink { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string subject, int id, CancellationToken cancellationToken)
    {
        var kind = subjects.For(subject);
        var info = kind is null ? null : await kind.FindAsync(id, cancellationToken);
        if (kind is null || info is null)
        {
            return NotFound();
        }

        Thread = new CommentThreadView(kind.Kind, id, info.AreaId, info.CommentsOpen, $"/participation/comments/{kind.Kind}/{id}");
        SubjectLink = info.Link;
        return Page();
    }
}
