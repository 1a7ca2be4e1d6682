using Microsoft.AspNetCore.Mvc;

namespace SmartRegion.Modules.Participation.Comments;

/// <summary>
/// What a page hands to <c>_CommentThread.cshtml</c>: the subject, its area, whether comments are taken now
/// (the page knows its phase) and where the forms lead back to.
/// </summary>
public sealed record CommentThreadView(string SubjectKind, int SubjectId, int AreaId, bool CommentsOpen, string ReturnUrl);

public static class ReturnUrls
{
    /// <summary>The return URL if it stays on this site, otherwise the participation start page.</summary>
    public static string Local(IUrlHelper url, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(url);
        return !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && url.IsLocalUrl(returnUrl) ? returnUrl : "/participation";
    }

    /// <summary>The return URL with an anchor, replacing any anchor it had.</summary>
    public static string WithAnchor(string returnUrl, string anchor)
    {
        ArgumentNullException.ThrowIfNull(returnUrl);
        var hash = returnUrl.IndexOf('#', StringComparison.Ordinal);
        return (hash >= 0 ? returnUrl[..hash] : returnUrl) + "#" + anchor;
    }
}

/// <summary>The form for a new comment (<see cref="ParentId"/> null) or a reply.</summary>
public sealed record CommentFormView(CommentThreadView Thread, long? ParentId);
