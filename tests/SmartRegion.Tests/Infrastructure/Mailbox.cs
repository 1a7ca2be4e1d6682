using System.Text.RegularExpressions;
using MimeKit;

namespace SmartRegion.Tests.Infrastructure;

/// <summary>Reads the mails the app dropped into its pickup folder (no SMTP server configured in tests).</summary>
public static partial class Mailbox
{
    public static async Task<IReadOnlyList<MimeMessage>> ToAsync(string folder, string address)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var messages = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))
            {
                messages.Add(message);
            }
        }

        return messages;
    }

    /// <summary>The path and query of the first link in the newest mail to the address.</summary>
    public static async Task<string> LatestLinkAsync(string folder, string address)
    {
        var messages = await ToAsync(folder, address);
        Assert.NotEmpty(messages);
        var match = LinkPattern().Match(messages[^1].TextBody ?? "");
        Assert.True(match.Success, "The mail has no link: " + messages[^1].TextBody);
        return new Uri(match.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
