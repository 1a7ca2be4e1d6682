using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Identity;

public abstract class AccountTests(SmartRegionApp app)
{
    private const string Password = "correct horse battery";

    private static string NewEmail() => $"person-{Guid.NewGuid():N}@example.org";

    private static (string, string)[] Registration(string email, string password = Password) =>
    [
        ("Input.DisplayName", "Hanne"),
        ("Input.Email", email),
        ("Input.Password", password),
        ("Input.ConfirmPassword", password),
        ("Input.AcceptPrivacy", "true"),
    ];

    [Fact]
    public async Task Register_ConfirmByMailedLink_ThenSignIn_Works()
    {
        var email = NewEmail();
        using var session = app.NewSession();

        using var registered = await session.PostFormAsync("/account/register", Registration(email));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal("/account/register/done", registered.Headers.Location?.OriginalString);

        // Before confirming, signing in with the right password says what is missing.
        using var early = await session.PostFormAsync("/account/login", ("Input.Email", email), ("Input.Password", Password));
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("bestätigen Sie zuerst", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var link = await Mailbox.LatestLinkAsync(app.MailFolder, email);
        Assert.StartsWith("/account/confirm-email?", link, StringComparison.Ordinal);
        var confirmed = await session.GetHtmlAsync(link);
        Assert.Contains("Ihre E-Mail-Adresse ist bestätigt", confirmed, StringComparison.Ordinal);

        await session.SignInAsync(email, Password);
        var account = await session.GetHtmlAsync("/account");
        Assert.Contains(email, account, StringComparison.Ordinal);
        Assert.Contains("Hanne", account, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_AddressWithAccount_AnswersTheSameAndMailsTheOwner()
    {
        var email = NewEmail();
        await app.CreatePersonAsync(email, Password);
        using var session = app.NewSession();

        using var again = await session.PostFormAsync("/account/register", Registration(email, "another long password"));
        using var fresh = await session.PostFormAsync("/account/register", Registration(NewEmail()));

        Assert.Equal(fresh.StatusCode, again.StatusCode);
        Assert.Equal(fresh.Headers.Location, again.Headers.Location);
        var mails = await Mailbox.ToAsync(app.MailFolder, email);
        Assert.Equal("Sie haben bereits ein Konto", Assert.Single(mails).Subject);
        Assert.Equal(1, await app.QueryAsync(db => db.Users.CountAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Register_InvalidInput_ShowsErrorsLinkedToTheirFields()
    {
        using var session = app.NewSession();

        using var response = await session.PostFormAsync("/account/register", ("Input.DisplayName", ""), ("Input.Email", "not-an-address"), ("Input.Password", "short"), ("Input.ConfirmPassword", "other"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"Input_Email-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Input_Email-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("Bitte füllen Sie das Feld „Angezeigter Name“ aus.", html, StringComparison.Ordinal);
        Assert.Contains("gültige E-Mail-Adresse", html, StringComparison.Ordinal);
        Assert.Contains("Die beiden Passwörter stimmen nicht überein.", html, StringComparison.Ordinal);
        Assert.Contains("Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Email\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_HoneypotFilled_CreatesNoAccount()
    {
        var email = NewEmail();
        using var session = app.NewSession();

        using var response = await session.PostFormAsync("/account/register", [.. Registration(email), ("Input.Website", "https://spam.example")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.Users.CountAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task ForgotPassword_KnownAndUnknownAddress_AnswerAlike_AndTheLinkResetsThePassword()
    {
        var email = NewEmail();
        await app.CreatePersonAsync(email, Password);
        using var session = app.NewSession();

        using var unknown = await session.PostFormAsync("/account/forgot-password", ("Input.Email", NewEmail()));
        using var known = await session.PostFormAsync("/account/forgot-password", ("Input.Email", email));
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await known.Content.ReadAsStringAsync());

        var link = await Mailbox.LatestLinkAsync(app.MailFolder, email);
        using var reset = await session.PostFormAsync(
            link,
            [new("Input.Email", email), new("Input.Code", System.Web.HttpUtility.ParseQueryString(new Uri("https://x" + link).Query)["code"]!), new("Input.Password", "a brand new passphrase"), new("Input.ConfirmPassword", "a brand new passphrase")],
            "/account/reset-password");
        Assert.Contains("Ihr Passwort ist geändert", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var fresh = app.NewSession();
        await fresh.SignInAsync(email, "a brand new passphrase");
    }

    [Fact]
    public async Task ResetPassword_ForgedCode_IsRefused()
    {
        var email = NewEmail();
        await app.CreatePersonAsync(email, Password);
        using var session = app.NewSession();

        using var response = await session.PostFormAsync(
            "/account/reset-password",
            ("Input.Email", email), ("Input.Code", "Zm9yZ2Vk"), ("Input.Password", "a brand new passphrase"), ("Input.ConfirmPassword", "a brand new passphrase"));

        Assert.Contains("ungültig oder abgelaufen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var old = app.NewSession();
        await old.SignInAsync(email, Password);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LockTheAccountEvenForTheRightOne()
    {
        var email = NewEmail();
        await app.CreatePersonAsync(email, Password);
        using var session = app.NewSession();

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await session.PostFormAsync("/account/login", ("Input.Email", email), ("Input.Password", "wrong password " + i));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await session.PostFormAsync("/account/login", ("Input.Email", email), ("Input.Password", Password));
        var html = await right.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Die Anmeldung ist fehlgeschlagen", html, StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync()) > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task SignIn_UnknownAddressAndWrongPassword_GiveTheSameAnswer()
    {
        var email = NewEmail();
        await app.CreatePersonAsync(email, Password);
        using var session = app.NewSession();

        using var unknown = await session.PostFormAsync("/account/login", ("Input.Email", NewEmail()), ("Input.Password", Password));
        using var wrong = await session.PostFormAsync("/account/login", ("Input.Email", email), ("Input.Password", "not the password"));

        Assert.Contains("Die Anmeldung ist fehlgeschlagen", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Die Anmeldung ist fehlgeschlagen", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_Post_EndsTheSession()
    {
        var email = NewEmail();
        await app.CreatePersonAsync(email, Password);
        using var session = app.NewSession();
        await session.SignInAsync(email, Password);
        await session.GetHtmlAsync("/account");

        using var signedOut = await session.PostFormAsync("/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        using var account = await session.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        var location = account.Headers.Location!;
        Assert.StartsWith("/account/login", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString, StringComparison.Ordinal);
    }
}

public sealed class AccountTestsOnSqlite(SqliteApp app) : AccountTests(app), IClassFixture<SqliteApp>;

public sealed class AccountTestsOnPostgres(PostgresApp app) : AccountTests(app), IClassFixture<PostgresApp>;
