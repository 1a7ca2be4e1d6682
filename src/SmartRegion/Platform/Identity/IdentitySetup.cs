using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity.Privacy;
using SmartRegion.Platform.Web;

namespace SmartRegion.Platform.Identity;

public static class IdentitySetup
{
    public const string AdminPolicy = "admin";

    /// <summary>For endpoints open to both: a request with an Authorization header is a machine, any other a person.</summary>
    public const string PersonOrTokenScheme = "person-or-token";

    /// <summary>Policy name for an endpoint that machine clients reach with a token of the given scope.</summary>
    public static string ScopePolicy(string scope) => "scope:" + scope;

    public static void AddPlatformIdentity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddIdentityCookies();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null)
            .AddPolicyScheme(PersonOrTokenScheme, "Person or machine token", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 ? BearerTokenHandler.SchemeName : IdentityConstants.ApplicationScheme);

        // Keys live in the database, so every instance reads every cookie and a restart signs nobody out.
        services.AddDataProtection()
            .SetApplicationName("SmartRegion")
            .PersistKeysToDbContext<SmartRegionDb>();

        services.AddIdentityCore<AppUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.SignIn.RequireConfirmedEmail = true;
                identity.Password.RequiredLength = 10;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<SmartRegionDb>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<RoleClaimsFactory>()
            .AddDefaultTokenProviders();

        // A role change renews the security stamp; checking it often makes the change reach open sessions soon.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "smartregion.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurity.Policy;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;

            // A machine client of the API gets a status and problem details, not a redirect to a sign-in page.
            cookie.Events.OnRedirectToLogin = context => Problems.WantsJson(context.Request)
                ? Problems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Unauthorized", "This request needs a signed-in person or a bearer token.")
                : RedirectAsync(context);
            // A signed-in person without the right gets 403 where they are (the error page explains it), not a
            // redirect: the address stays the one they asked for, and clients see the refusal in the status.
            cookie.Events.OnRedirectToAccessDenied = context => Problems.WantsJson(context.Request)
                ? Problems.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Forbidden", "This request needs a role you do not have.")
                : RefuseAsync(context);
        });
        services.ConfigureExternalCookie(cookie => cookie.Cookie.SecurePolicy = CookieSecurity.Policy);

        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(Roles.Admin));
        foreach (var scope in TokenScopes.All)
        {
            services.AddAuthorizationBuilder().AddPolicy(ScopePolicy(scope), policy => policy
                .AddAuthenticationSchemes(BearerTokenHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireClaim(PlatformClaims.Scope, scope));
        }

        services.Configure<CookieTempDataProviderOptions>(options => options.Cookie.SecurePolicy = CookieSecurity.Policy);
        services.AddSingleton<MachineTokenCache>();
        services.AddScoped<MachineTokenService>();
        services.AddScoped<RoleGrantService>();
        services.AddScoped<AccountMails>();
        services.AddScoped<PersonalDataService>();
        services.AddOptions<PrivacyOptions>().Bind(builder.Configuration.GetSection(PrivacyOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<UnconfirmedAccountCleanup>();
        services.AddHostedService(provider => provider.GetRequiredService<UnconfirmedAccountCleanup>());
    }

    private static Task RedirectAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static Task RefuseAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
