using System.Globalization;

namespace SmartRegion.Modules.Funding.Common;

/// <summary>Reads amounts of money as people type them ("12.500,50 €" in German, "12500.50" in the API).</summary>
public static class FundingAmounts
{
    /// <summary>Larger amounts are typing mistakes, not grants.</summary>
    public const decimal Largest = 1_000_000_000m;

    public static bool TryParse(string? value, CultureInfo culture, out decimal amount)
    {
        amount = 0;
        if (string.IsNullOrWhiteSpace(value)
            || !decimal.TryParse(value.Replace("€", "", StringComparison.Ordinal).Trim(), NumberStyles.Number, culture, out var number)
            || Math.Abs(number) > Largest)
        {
            return false;
        }

        amount = Math.Round(number, 2);
        return true;
    }
}
