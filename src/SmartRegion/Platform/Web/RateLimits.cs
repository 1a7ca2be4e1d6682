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

/// <summary>
/// Endpoint metadata for an API that answers errors in a format of its own (Open311, for example): when the
/// limiter refuses a write to such an endpoint, this writes the refusal's body in place of the platform's 429
/// page. The endpoint brings its writer along as metadata, so the platform needs to know nothing of the module.
/// The status (429) and the Retry-After header are set before the writer runs.
/// </summary>
public sealed class RateLimitRejectionWriter(Func<HttpContext, int, CancellationToken, Task> write)
{
    /// <summary>Writes the body of the refusal; <paramref name="retryAfterSeconds"/> is what Retry-After says.</summary>
    public Task WriteAsync(HttpContext context, int retryAfterSeconds, CancellationToken cancellationToken) =>
        write(context, retryAfterSeconds, cancellationToken);
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
            limiter.OnRejected = (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? (int)Math.Ceiling(wait.TotalSeconds)
                    : options.WindowSeconds;
                rejected.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);

                // An endpoint with its own error format writes the body itself; every other body comes from the
                // status code page, in the person's language (or as problem details for APIs).
                var writer = rejected.HttpContext.GetEndpoint()?.Metadata.GetMetadata<RateLimitRejectionWriter>();
                return writer is null
                    ? ValueTask.CompletedTask
                    : new ValueTask(writer.WriteAsync(rejected.HttpContext, retryAfter, cancellationToken));
            };
        });
    }
}
