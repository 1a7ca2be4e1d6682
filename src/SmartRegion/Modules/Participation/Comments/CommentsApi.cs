using System.Security.Claims;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Comments;

/// <summary>A comment in the API. A hidden comment has no body but the moderator's reason.</summary>
public sealed record CommentDto(
    long Id,
    long? ParentId,
    string? Author,
    bool AuthorDeleted,
    string? Body,
    string Language,
    DateTime CreatedAt,
    DateTime? EditedAt,
    bool Hidden,
    string? HiddenReason,
    List<CommentDto>? Replies);

public sealed record NewComment(string? Subject, int Id, long? ParentId, string? Body, string? Language);

public sealed record CommentEdit(string? Body);

/// <summary>Comments as JSON, with the same rules as the pages (signed in, not blocked, phase open, edit window).</summary>
internal static class CommentsApi
{
    public static void MapCommentsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/participation/comments").WithTags("Participation");
        api.MapGet("", ListAsync)
            .WithName("ListComments")
            .WithSummary("The comments on an idea or a measure (subject=idea|measure, id=…), as a tree, or flat with parentId when flat=true.")
            .Produces<List<CommentDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("", PostAsync)
            .WithName("PostComment")
            .WithSummary("Writes a comment or a reply (parentId) as the signed-in person.")
            .RequireAuthorization()
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite))
            .Produces<CommentDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/{id:long}", PutAsync)
            .WithName("EditComment")
            .WithSummary("The author corrects their comment within 15 minutes of writing it.")
            .RequireAuthorization()
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite))
            .Produces<CommentDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ListAsync(
        string? subject, int? id, bool? flat, CommentSubjects subjects, CommentThreads threads, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        var kind = subjects.For(subject);
        if (kind is null || id is null || await kind.FindAsync(id.Value, cancellationToken) is null)
        {
            return TypedResults.Problem(texts["Comments.Refusal.SubjectNotFound"], statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        var (roots, all) = await threads.LoadAsync(kind.Kind, id.Value, cancellationToken);
        return flat == true
            ? TypedResults.Ok(all.Select(c => ToDto(c, withReplies: false)).ToList())
            : TypedResults.Ok(roots.Select(c => ToDto(c, withReplies: true)).ToList());
    }

    private static async Task<IResult> PostAsync(
        NewComment comment, ClaimsPrincipal user, CommentWriter writer, CommentThreads threads, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        var result = await writer.AddAsync(user, comment.Subject, comment.Id, comment.ParentId, comment.Body, comment.Language, cancellationToken);
        if (!result.Succeeded)
        {
            return Refusal(result.Refusal, texts);
        }

        var created = await FindNodeAsync(threads, result.Comment!, cancellationToken);
        return TypedResults.Created($"/api/participation/comments?subject={created.SubjectKind}&id={created.SubjectId}", created.Dto);
    }

    private static async Task<IResult> PutAsync(
        long id, CommentEdit edit, ClaimsPrincipal user, CommentWriter writer, CommentThreads threads, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        var result = await writer.EditAsync(user, id, edit.Body, cancellationToken);
        return result.Succeeded ? TypedResults.Ok((await FindNodeAsync(threads, result.Comment!, cancellationToken)).Dto) : Refusal(result.Refusal, texts);
    }

    private static async Task<(string SubjectKind, int SubjectId, CommentDto Dto)> FindNodeAsync(CommentThreads threads, Comment comment, CancellationToken cancellationToken)
    {
        var (_, all) = await threads.LoadAsync(comment.SubjectKind, comment.SubjectId, cancellationToken);
        return (comment.SubjectKind, comment.SubjectId, ToDto(all.Single(c => c.Id == comment.Id), withReplies: false));
    }

    private static IResult Refusal(CommentRefusal refusal, IStringLocalizer<SharedTexts> texts)
    {
        var detail = texts[$"Comments.Refusal.{refusal}"].Value;
        return refusal switch
        {
            CommentRefusal.BodyRequired or CommentRefusal.BodyTooLong => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [detail] }),
            CommentRefusal.UnknownLanguage => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["language"] = [detail] }),
            CommentRefusal.InvalidParent or CommentRefusal.TooDeep => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["parentId"] = [detail] }),
            CommentRefusal.SubjectNotFound or CommentRefusal.CommentNotFound => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found"),
            CommentRefusal.Closed or CommentRefusal.EditWindowOver => TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Not possible now"),
            _ => TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden"),
        };
    }

    private static CommentDto ToDto(CommentNode node, bool withReplies) => new(
        node.Id,
        node.ParentId,
        node.AuthorName,
        node.AuthorId is null,
        node.Body,
        node.Language,
        node.CreatedAt,
        node.EditedAt,
        node.IsHidden,
        node.HiddenReason,
        withReplies ? [.. node.Replies.Select(r => ToDto(r, withReplies: true))] : null);
}
