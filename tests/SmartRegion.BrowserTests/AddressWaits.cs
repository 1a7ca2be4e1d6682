using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SmartRegion.BrowserTests;

/// <summary>
/// Waits until the page has arrived at an address, by looking at the address again and again. Playwright's own
/// WaitForURLAsync first compares the current address and only then listens for the next navigation; a navigation that
/// commits between the two is never seen, and the test ran into its 90-second timeout once in CI after a link was
/// followed with Enter.
/// </summary>
internal static class AddressWaits
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    /// <summary>Glob as in the tests' patterns: <c>**</c> is anything, <c>*</c> anything but a slash, the rest literal.</summary>
    public static Task WaitForAddressAsync(this IPage page, string glob)
    {
        var pattern = new Regex("^" + string.Concat(Regex.Split(glob, @"(\*\*|\*)").Select(part => part switch
        {
            "**" => ".*",
            "*" => "[^/]*",
            _ => Regex.Escape(part),
        })) + "$");
        return page.WaitForAddressAsync(pattern.IsMatch);
    }

    public static async Task WaitForAddressAsync(this IPage page, Func<string, bool> arrived)
    {
        var waited = Stopwatch.StartNew();
        while (!arrived(page.Url))
        {
            if (waited.Elapsed > Limit)
            {
                throw new TimeoutException($"The page stayed at {page.Url} for {Limit.TotalSeconds} seconds.");
            }

            await Task.Delay(25);
        }

        // The address changes when the new document commits; its scripts and styles are in place once it is complete.
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }
}
