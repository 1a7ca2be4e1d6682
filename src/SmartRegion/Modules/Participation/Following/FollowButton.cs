namespace SmartRegion.Modules.Participation.Following;

/// <summary>
/// Model of <c>_FollowButton.cshtml</c>. Include it on a page with
/// <c>&lt;partial name="/Modules/Participation/Following/_FollowButton.cshtml" model="new FollowButton(SubjectKinds.Idea, idea.Id, HttpContext.Request.Path)" /&gt;</c>.
/// </summary>
public sealed record FollowButton(string SubjectKind, int SubjectId, string ReturnUrl);
