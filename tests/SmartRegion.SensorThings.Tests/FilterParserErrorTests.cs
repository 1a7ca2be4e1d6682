using SmartRegion.SensorThings.Query;

namespace SmartRegion.SensorThings.Tests;

public sealed class FilterParserErrorTests
{
    private static QueryParseException ParseError(string text, QueryLimits? limits = null) =>
        Assert.Throws<QueryParseException>(() => QueryOptionsParser.ParseFilter(text, limits ?? new QueryLimits()));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ParseFilter_EmptyText_ReportsMissingExpression(string text)
    {
        var error = ParseError(text);

        Assert.Equal("$filter", error.Option);
        Assert.Equal("expected an expression but found end of text", error.Reason);
        Assert.Equal(text.Length, error.Position);
    }

    [Fact]
    public void ParseFilter_EmptyParentheses_ReportsMissingExpression()
    {
        var error = ParseError("()");

        Assert.Equal(1, error.Position);
        Assert.Equal("expected an expression but found ')'", error.Reason);
    }

    [Fact]
    public void ParseFilter_UnclosedParenthesis_SaysWhatWasExpected()
    {
        var error = ParseError("(result gt 5");

        Assert.Equal("expected ')' but found end of text", error.Reason);
        Assert.Equal(12, error.Position);
    }

    [Fact]
    public void ParseFilter_UnclosedString_PointsAtTheQuote()
    {
        var error = ParseError("name eq 'Kiel");

        Assert.Equal(8, error.Position);
        Assert.Contains("unclosed string literal", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseFilter_TrailingGarbage_IsRejected()
    {
        var error = ParseError("result gt 5 foo");

        Assert.Equal(12, error.Position);
        Assert.Equal("expected an operator or end of text but found 'foo'", error.Reason);
    }

    [Fact]
    public void ParseFilter_ChainedComparison_IsRejected()
    {
        var error = ParseError("a eq b eq c");

        Assert.Equal(7, error.Position);
        Assert.Contains("comparisons cannot be chained", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("result eq 1.", 12, "expected a digit after '.'")]
    [InlineData("result eq 1e", 12, "expected exponent digits")]
    [InlineData("result eq 12abc", 12, "unexpected 'a' after the digits")]
    [InlineData("result eq 1.2.3", 13, "unexpected '.' after the digits")]
    [InlineData("result eq 99999999999999999999", 10, "out of range")]
    [InlineData("result eq 1e999", 10, "out of range")]
    public void ParseFilter_BadNumber_IsRejected(string text, int position, string reason)
    {
        var error = ParseError(text);

        Assert.Equal(position, error.Position);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("t eq 2016-13-01", "is not a valid date")]
    [InlineData("t eq 2016-13-01T00:00:00Z", "is not a valid date-time")]
    [InlineData("t eq 2016-02-30T00:00:00Z", "is not a valid date-time")]
    [InlineData("t eq 2016-01-01T00:00:00", "expected 'Z' or a time zone offset")]
    [InlineData("t eq 2016-01-1", "expected 2 digits for the day")]
    [InlineData("t eq 2016-01-01T25:00:00Z", "is not a valid date-time")]
    [InlineData("t eq 2016-01-01T00:00:00.12345678Z", "fractional seconds")]
    [InlineData("t eq 2016-01-01x", "unexpected 'x'")]
    public void ParseFilter_BadDateTime_IsRejected(string text, string reason)
    {
        var error = ParseError(text);

        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.InRange(error.Position, 5, text.Length);
    }

    [Theory]
    [InlineData("t eq 24:00:00", "is not a valid time of day")]
    [InlineData("t eq 12:60", "is not a valid time of day")]
    [InlineData("t eq 12:", "expected 2 digits for the minute")]
    [InlineData("t eq 12:00:0", "expected 2 digits for the second")]
    [InlineData("t eq 12:00:00.", "fractional seconds")]
    [InlineData("t eq 12:00:00Z", "invalid time of day: unexpected 'Z'")]
    [InlineData("t eq 12:00:00+01:00", "unexpected character '+'")]
    [InlineData("t eq 1:00", "unexpected character ':'")]
    public void ParseFilter_BadTimeOfDay_IsRejected(string text, string reason)
    {
        var error = ParseError(text);

        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.InRange(error.Position, 5, text.Length);
    }

    [Theory]
    [InlineData("d eq duration'1D'", "expected 'P'")]
    [InlineData("d eq duration'P1Y'", "years and months are not supported")]
    [InlineData("d eq duration'PT'", "expected hours, minutes or seconds")]
    [InlineData("d eq duration'P'", "no days, hours, minutes or seconds")]
    [InlineData("d eq duration'PT1S2M'", "in that order")]
    [InlineData("d eq duration'P99999999999999D'", "too long")]
    public void ParseFilter_BadDuration_IsRejected(string text, string reason)
    {
        Assert.Contains(reason, ParseError(text).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CIRCLE(1 2)", 0, "expected a WKT geometry type")]
    [InlineData("POINT(1 2", 9, "expected ')'")]
    [InlineData("POINT(1 x)", 8, "expected a coordinate of 2 to 4 numbers but found 'x'")]
    [InlineData("POINT(1)", 7, "expected a coordinate of 2 to 4 numbers")]
    [InlineData("POLYGON(10 54, 11 55)", 8, "expected '('")]
    [InlineData("POINT(1 2))", 10, "after the end of the geometry")]
    [InlineData("POINT(1..2 3)", 6, "not a valid coordinate number")]
    public void ParseFilter_BadWkt_IsRejectedAtItsPosition(string wkt, int offset, string reason)
    {
        const string Prefix = "st_within(location, geography'";

        var error = ParseError(Prefix + wkt + "')");

        Assert.Equal(Prefix.Length + offset, error.Position);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith("invalid geography", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseFilter_UnknownFunction_IsReportedAtItsName()
    {
        var error = ParseError("result eq foo(1)");

        Assert.Equal(10, error.Position);
        Assert.Equal("unknown function 'foo'", error.Reason);
    }

    [Fact]
    public void ParseFilter_UpperCaseFunction_HintsAtLowerCase()
    {
        Assert.Contains("function names are lower case", ParseError("Year(t) eq 1").Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("year(a, b) eq 1", "function 'year' takes 1 argument but was given 2")]
    [InlineData("now(a) eq 1", "function 'now' takes no arguments but was given 1")]
    [InlineData("substring(a) eq 'x'", "function 'substring' takes 2 or 3 arguments but was given 1")]
    [InlineData("st_relate(a, b) eq true", "function 'st_relate' takes 3 arguments but was given 2")]
    public void ParseFilter_WrongArgumentCount_IsReportedAtTheFunction(string text, string reason)
    {
        var error = ParseError(text);

        Assert.Equal(0, error.Position);
        Assert.Equal(reason, error.Reason);
    }

    [Theory]
    [InlineData("a eq(1)", "expected whitespace after 'eq'")]
    [InlineData("(a)eq 1", "expected whitespace before 'eq'")]
    [InlineData("a eq and", "expected an expression but found operator 'and'")]
    [InlineData("a Eq 1", "expected an operator or end of text but found 'Eq'")]
    [InlineData("a not b", "expected an operator or end of text but found 'not'")]
    public void ParseFilter_BadOperatorSpellingOrSpacing_IsRejected(string text, string reason)
    {
        Assert.Contains(reason, ParseError(text).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a/ eq 1", "expected a property name after '/'")]
    [InlineData("list[-1] eq 1", "expected a non-negative array index")]
    [InlineData("list[1 eq 1", "expected ']'")]
    [InlineData("a.b eq 1", "'a.b' is not a valid property name")]
    [InlineData("geo.distance eq 1", "is a function and needs '('")]
    [InlineData("a eq #", "unexpected character '#'")]
    [InlineData("@foo eq 1", "only '@iot.id' may contain '@'")]
    public void ParseFilter_BadPathOrCharacter_IsRejected(string text, string reason)
    {
        Assert.Contains(reason, ParseError(text).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseFilter_DeeperThanMaxDepth_IsRejected()
    {
        var text = new string('(', 65) + "a" + new string(')', 65);

        var error = ParseError(text);

        Assert.Equal(64, error.Position);
        Assert.Contains("nested too deeply (more than 64 levels", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(")]
    [InlineData("not ")]
    [InlineData("- ")]
    [InlineData("year(")]
    public void ParseFilter_TenThousandLevels_FailsCleanly(string opener)
    {
        var text = string.Concat(Enumerable.Repeat(opener, 10_000)) + "a";

        var error = ParseError(text, new QueryLimits(MaxLength: 100_000));

        Assert.Contains("nested too deeply", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseFilter_HugeMaxDepth_StillFailsCleanly()
    {
        var text = new string('(', 200_000) + "a";

        var error = ParseError(text, new QueryLimits(MaxDepth: int.MaxValue, MaxLength: int.MaxValue));

        Assert.Contains("nested too deeply", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseFilter_TextLongerThanMaxLength_IsRejected()
    {
        var text = "name eq '" + new string('x', 100) + "'";

        var error = ParseError(text, new QueryLimits(MaxLength: 50));

        Assert.Equal($"the text is {text.Length} characters long; the maximum is 50", error.Reason);
    }

    [Fact]
    public void QueryParseException_Message_NamesOptionAndOneBasedPosition()
    {
        var error = ParseError("result gt");

        Assert.Equal("$filter: expected an expression but found end of text (at character 10)", error.Message);
    }
}
