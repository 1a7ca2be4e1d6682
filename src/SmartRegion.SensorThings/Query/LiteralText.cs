using System.Globalization;

namespace SmartRegion.SensorThings.Query;

/// <summary>
/// Reading and writing the date-time, date and time-of-day literals (and, in the other part, durations), kept
/// together so the printed form always parses back.
/// </summary>
internal static partial class LiteralText
{
    private const int MaxFractionDigits = 7;

    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    private static readonly string[] TimeOfDayFormats = ["HH':'mm", "HH':'mm':'ss", "HH':'mm':'ss.FFFFFFF"];

    /// <summary>
    /// Reads <c>yyyy-MM-dd</c> as a <see cref="DateOnly"/>, or <c>yyyy-MM-ddTHH:mm[:ss[.fffffff]](Z|±hh:mm)</c> as a
    /// <see cref="DateTimeOffset"/>, starting at <paramref name="start"/>.
    /// </summary>
    public static (object Value, int End) ReadDateOrDateTime(string text, int start, string option)
    {
        var scanner = new Scanner(text, start, option, "date-time");
        scanner.Digits(4, "year");
        scanner.Expect('-', "'-' after the year");
        scanner.Digits(2, "month");
        scanner.Expect('-', "'-' after the month");
        scanner.Digits(2, "day");
        if (!scanner.At('T'))
        {
            scanner.Kind = "date";
            scanner.EndOfLiteral();
            var date = text[start..scanner.Index];
            return DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? (day, scanner.Index)
                : throw new QueryParseException(option, start, $"'{date}' is not a valid date");
        }

        scanner.Index++;
        scanner.Clock();

        // Without a zone the instant would depend on the server's clock settings, so it is required.
        if (scanner.At('Z'))
        {
            scanner.Index++;
        }
        else if (scanner.At('+') || scanner.At('-'))
        {
            scanner.Index++;
            scanner.Digits(2, "offset hours");
            scanner.Expect(':', "':' in the time zone offset");
            scanner.Digits(2, "offset minutes");
        }
        else
        {
            throw scanner.Error($"expected 'Z' or a time zone offset like '+01:00' but found {Lexer.Found(text, scanner.Index)}");
        }

        scanner.EndOfLiteral();
        var literal = text[start..scanner.Index];
        return DateTimeOffset.TryParseExact(literal, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? (value, scanner.Index)
            : throw new QueryParseException(option, start, $"'{literal}' is not a valid date-time");
    }

    /// <summary>Reads a time of day <c>HH:mm[:ss[.fffffff]]</c> (no zone: it is a time on the clock, not an instant).</summary>
    public static (TimeOnly Value, int End) ReadTimeOfDay(string text, int start, string option)
    {
        var scanner = new Scanner(text, start, option, "time of day");
        scanner.Clock();
        scanner.EndOfLiteral();
        var literal = text[start..scanner.Index];
        return TimeOnly.TryParseExact(literal, TimeOfDayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? (value, scanner.Index)
            : throw new QueryParseException(option, start, $"'{literal}' is not a valid time of day (00:00:00 to 23:59:59.9999999)");
    }

    public static string FormatDateTime(DateTimeOffset value)
    {
        var text = value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        return value.Offset == TimeSpan.Zero
            ? text + "Z"
            : text + value.ToString("zzz", CultureInfo.InvariantCulture);
    }

    public static string FormatDate(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatTimeOfDay(TimeOnly value) => value.ToString("HH':'mm':'ss.FFFFFFF", CultureInfo.InvariantCulture);

    /// <summary>The position in the option's text while one literal is read; its errors name the kind of literal.</summary>
    private sealed class Scanner(string text, int start, string option, string kind)
    {
        private readonly int start = start;

        public int Index { get; set; } = start;

        public string Kind { get; set; } = kind;

        public bool At(char c) => Index < text.Length && text[Index] == c;

        public void Digits(int count, string what)
        {
            for (var k = 0; k < count; k++)
            {
                if (Index >= text.Length || !char.IsAsciiDigit(text[Index]))
                {
                    throw Error($"expected {count} digits for the {what} but found {Lexer.Found(text, Index)}");
                }

                Index++;
            }
        }

        public void Expect(char expected, string what)
        {
            if (!At(expected))
            {
                throw Error($"expected {what} but found {Lexer.Found(text, Index)}");
            }

            Index++;
        }

        /// <summary>Reads <c>HH:mm[:ss[.fffffff]]</c>.</summary>
        public void Clock()
        {
            Digits(2, "hour");
            Expect(':', "':' after the hour");
            Digits(2, "minute");
            if (!At(':'))
            {
                return;
            }

            Index++;
            Digits(2, "second");
            if (!At('.'))
            {
                return;
            }

            Index++;
            var fractionStart = Index;
            Index = Lexer.SkipDigits(text, Index);
            if (Index == fractionStart || Index - fractionStart > MaxFractionDigits)
            {
                throw new QueryParseException(option, fractionStart, $"invalid {Kind}: expected 1 to {MaxFractionDigits} digits of fractional seconds");
            }
        }

        /// <summary>A literal must not run on into a name, a number or another part of a time.</summary>
        public void EndOfLiteral()
        {
            if (Index < text.Length && (Lexer.IsIdentifierPart(text[Index]) || text[Index] == '.' || text[Index] == ':'))
            {
                throw Error($"unexpected '{text[Index]}' after '{text[start..Index]}'");
            }
        }

        public QueryParseException Error(string message) => new(option, Index, $"invalid {Kind}: {message}");
    }
}
