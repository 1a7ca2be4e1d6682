using System.Globalization;

namespace SmartRegion.Bench;

/// <summary>
/// The synthetic series both loads write: Observation <c>n</c> of a Datastream is taken one minute after the one
/// before it from 2025-01-01 on, with a water level that rises and falls like a tide.
/// </summary>
internal static class Observations
{
    public static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset Time(long index) => Start.AddMinutes(index);

    public static double Result(long datastream, long index) =>
        Math.Round(500 + 80 * Math.Sin((index + datastream * 7) / 372.0 * Math.PI), 1);

    public static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static long Microseconds(DateTimeOffset time) => (time - DateTimeOffset.UnixEpoch).Ticks / 10;
}
