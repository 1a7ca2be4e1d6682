using System.Globalization;

namespace SmartRegion.Modules.Sensing.Storage;

/// <summary>Instants are kept as microseconds since 1970-01-01 UTC: the same integer on both engines.</summary>
internal static class SensingTime
{
    public static long ToMicroseconds(DateTimeOffset instant) => (instant.UtcTicks - DateTime.UnixEpoch.Ticks) / 10;

    public static DateTimeOffset FromMicroseconds(long microseconds) => new(DateTime.UnixEpoch.Ticks + (microseconds * 10), TimeSpan.Zero);

    /// <summary>ISO 8601 in UTC with as many fraction digits as needed (2023-10-20T21:00:00Z, …:00.123Z).</summary>
    public static string Format(long microseconds) =>
        FromMicroseconds(microseconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture);

    public static string FormatInterval(long start, long? end) => end is { } e ? $"{Format(start)}/{Format(e)}" : Format(start);

    /// <summary>Reads an instant or an interval ("start/end"); null and an error for anything else.</summary>
    public static (long Start, long? End)? Parse(string text, bool allowInterval, out string? error)
    {
        error = null;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (!allowInterval)
            {
                error = $"'{text}' is an interval; a point in time is needed here";
                return null;
            }

            var start = ParseInstant(text[..slash]);
            var end = ParseInstant(text[(slash + 1)..]);
            if (start is null || end is null)
            {
                error = $"'{text}' is not an ISO 8601 interval (start/end)";
                return null;
            }

            if (end < start)
            {
                error = $"'{text}' ends before it starts";
                return null;
            }

            return (start.Value, end.Value);
        }

        var instant = ParseInstant(text);
        if (instant is null)
        {
            error = $"'{text}' is not an ISO 8601 date and time with time zone (for example 2023-10-20T21:00:00Z)";
            return null;
        }

        return (instant.Value, null);
    }

    private static long? ParseInstant(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            && (text.EndsWith('Z') || text.Contains('+', StringComparison.Ordinal) || text.LastIndexOf('-') > 9)
            ? ToMicroseconds(parsed)
            : null;
}
