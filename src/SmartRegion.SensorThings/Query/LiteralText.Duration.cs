using System.Globalization;
using System.Text;

namespace SmartRegion.SensorThings.Query;

/// <summary>Reading and writing the duration literal (<c>duration'P1DT2H'</c>).</summary>
internal static partial class LiteralText
{
    // Fifteen digits times the ticks of a day still fit in a decimal, so the range check below cannot overflow.
    private const int MaxDurationDigits = 15;

    private static readonly long[] TimeUnitTicks = [TimeSpan.TicksPerHour, TimeSpan.TicksPerMinute, TimeSpan.TicksPerSecond];

    /// <summary>Parses the ISO 8601 duration inside <c>duration'…'</c>: <c>[-]P[nD][T[nH][nM][n[.n]S]]</c>.</summary>
    /// <remarks>Years and months are refused: their length in days depends on the calendar.</remarks>
    public static TimeSpan ParseDuration(string body, int bodyStart, string option)
    {
        var i = 0;
        var negative = false;
        if (i < body.Length && body[i] == '-')
        {
            negative = true;
            i++;
        }

        if (i >= body.Length || body[i] != 'P')
        {
            throw Error(i, $"expected 'P' at the start of the duration (like 'P1DT2H') but found {Lexer.Found(body, i)}");
        }

        i++;
        decimal ticks = 0;
        var any = false;
        if (i < body.Length && char.IsAsciiDigit(body[i]))
        {
            var (days, hasFraction, end) = ReadNumber(i);
            if (end >= body.Length || body[end] != 'D' || hasFraction)
            {
                throw Error(end, $"expected 'D' after the number of days (years and months are not supported) but found {Lexer.Found(body, end)}");
            }

            ticks += days * TimeSpan.TicksPerDay;
            any = true;
            i = end + 1;
        }

        if (i < body.Length && body[i] == 'T')
        {
            i++;
            var nextUnit = 0;
            var anyTime = false;
            while (i < body.Length && char.IsAsciiDigit(body[i]))
            {
                var (amount, hasFraction, end) = ReadNumber(i);
                var unit = end < body.Length ? "HMS".IndexOf(body[end], nextUnit) : -1;
                if (unit < 0)
                {
                    throw Error(end, $"expected 'H', 'M' or 'S' (in that order) after the number but found {Lexer.Found(body, end)}");
                }

                if (hasFraction && unit != 2)
                {
                    throw Error(i, "only seconds may have a fraction in a duration");
                }

                ticks += amount * TimeUnitTicks[unit];
                nextUnit = unit + 1;
                anyTime = true;
                i = end + 1;
            }

            if (!anyTime)
            {
                throw Error(i, $"expected hours, minutes or seconds after 'T' but found {Lexer.Found(body, i)}");
            }

            any = true;
        }

        if (i < body.Length)
        {
            throw Error(i, $"unexpected '{body[i]}' in duration");
        }

        if (!any)
        {
            throw Error(i, "the duration has no days, hours, minutes or seconds");
        }

        if (ticks > TimeSpan.MaxValue.Ticks)
        {
            throw Error(0, "the duration is too long");
        }

        return new TimeSpan(negative ? -(long)ticks : (long)ticks);

        (decimal Amount, bool HasFraction, int End) ReadNumber(int start)
        {
            var end = Lexer.SkipDigits(body, start);
            if (end - start > MaxDurationDigits)
            {
                throw Error(start, "the duration is too long");
            }

            var amount = decimal.Parse(body.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture);
            if (end >= body.Length || body[end] != '.')
            {
                return (amount, false, end);
            }

            var fractionStart = end + 1;
            var fractionEnd = Lexer.SkipDigits(body, fractionStart);
            if (fractionEnd == fractionStart || fractionEnd - fractionStart > MaxFractionDigits)
            {
                throw Error(fractionStart, $"expected 1 to {MaxFractionDigits} digits after '.' in the duration");
            }

            var fraction = decimal.Parse(body.AsSpan(fractionStart, fractionEnd - fractionStart), NumberStyles.None, CultureInfo.InvariantCulture);
            return (amount + (fraction / Pow10(fractionEnd - fractionStart)), true, fractionEnd);
        }

        QueryParseException Error(int index, string message) => new(option, bodyStart + index, message);
    }

    public static string FormatDuration(TimeSpan value)
    {
        // Decimal keeps the magnitude of TimeSpan.MinValue, which has no positive long counterpart.
        var ticks = Math.Abs((decimal)value.Ticks);
        var builder = new StringBuilder();
        if (value.Ticks < 0)
        {
            builder.Append('-');
        }

        builder.Append('P');
        var days = decimal.Truncate(ticks / TimeSpan.TicksPerDay);
        ticks -= days * TimeSpan.TicksPerDay;
        var hours = decimal.Truncate(ticks / TimeSpan.TicksPerHour);
        ticks -= hours * TimeSpan.TicksPerHour;
        var minutes = decimal.Truncate(ticks / TimeSpan.TicksPerMinute);
        ticks -= minutes * TimeSpan.TicksPerMinute;
        var seconds = ticks / TimeSpan.TicksPerSecond;
        if (days > 0)
        {
            builder.Append(days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        if (hours > 0 || minutes > 0 || seconds > 0 || days == 0)
        {
            builder.Append('T');
            if (hours > 0)
            {
                builder.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
            }

            if (minutes > 0)
            {
                builder.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
            }

            if (seconds > 0 || (hours == 0 && minutes == 0))
            {
                builder.Append(seconds.ToString("0.#######", CultureInfo.InvariantCulture)).Append('S');
            }
        }

        return builder.ToString();
    }

    private static decimal Pow10(int exponent)
    {
        decimal result = 1;
        for (var k = 0; k < exponent; k++)
        {
            result *= 10;
        }

        return result;
    }
}
