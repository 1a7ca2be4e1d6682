using SmartRegion.Modules.Participation.Comments;

namespace SmartRegion.Modules.Participation.Moderation;

/// <summary>Services and endpoints of comments and moderation, added by <see cref="ParticipationModule"/>.</summary>
public static class CommentsAndModerationSetup
{
    public static void AddCommentsAndModeration(this IServiceCollection services)
    {
        services.AddScoped<ICommentSubject, IdeaCommentSubject>();
        services.AddScoped<CommentSubjects>();
        services.AddScoped<CommentWriter>();
        services.AddScoped<CommentThreads>();
        services.AddScoped<IModeratedContent, CommentModeration>();
        services.AddScoped<ModeratedContents>();
        services.AddScoped<ModerationActions>();
        services.AddScoped<ModeratorAreas>();
    }

    public static void MapCommentsAndModeration(this WebApplication app) => app.MapCommentsApi();
}
