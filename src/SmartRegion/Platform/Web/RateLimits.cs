using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;

namespace SmartRegion.Platform.Web;

/// <summary>Bound from <c>RateLimits</c>: how many writes of each kind one client address may make per window.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    [Range(1, 100_000)]
    public int LoginPerWindow { get; set; } = 10;

    [Range(1, 100_000)]
    public int RegistrationPerWindow { get; set; } = 5;

    [Range(1, 100_000)]
    public int PasswordResetPerWindow { get; set; } = 5;

    /// <summary>Every other write a resident can make (feedback, later ideas, comments, reports).</summary>
    [Range(1, 100_000)]
    public int ResidentWritesPerWindow { get; set; } = 30;

    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;

    public int PermitsFor(RateLimitedWrite kind) => kind switch
    {
        RateLimitedWrite.Login => LoginPerWindow,
        RateLimitedWrite.Registration => RegistrationPerWindow,
        RateLimitedWrite.PasswordReset => PasswordResetPerWindow,
        _ => ResidentWritesPerWindow,
    };
}

public enum RateLimitedWrite
{
    Login,
    Registration,
    PasswordReset,
    ResidentWrite,
}

/// <summary>
/// Marks a page or endpoint whose writes (POST, PUT, PATCH, DELETE) are limited per client address; reading
/// the same page is never limited.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RateLimitedWritesAttribute(RateLimitedWrite kind) : Attribute
{
    public RateLimitedWrite Kind { get; } = kind;
}

internal static class RateLimits
{
    public static void AddRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>()
            .Bind(builder.Configuration.GetSection(RateLimitOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var options = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var marker = context.GetEndpoint()?.Metadata.GetMetadata<RateLimitedWritesAttribute>();
                if (marker is null || HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }

                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter($"{marker.Kind}:{client}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitsFor(marker.Kind),
                    Window = TimeSpan.FromSeconds(options.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? (int)Math.Ceiling(wait.TotalSeconds)
                    : options.WindowSeconds;
                rejected.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);

                // The body comes from the status code page, in the person's language (or as problem details for APIs).
                return ValueTask.CompletedTask;
            };
        });
    }
}
