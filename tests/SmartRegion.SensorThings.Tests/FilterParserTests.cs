using SmartRegion.SensorThings.Query;

namespace SmartRegion.SensorThings.Tests;

public sealed class FilterParserTests
{
    private static readonly QueryLimits Limits = new();

    private static Expression Parse(string text) => QueryOptionsParser.ParseFilter(text, Limits);

    private static void AssertPath(Expression expression, params string[] segments)
    {
        var path = Assert.IsType<PropertyPath>(expression);
        Assert.Equal(segments, path.Segments.Select(segment => segment.ToString()));
    }

    private static void AssertLiteral(Expression expression, LiteralKind kind, object? value)
    {
        var literal = Assert.IsType<Literal>(expression);
        Assert.Equal(kind, literal.Kind);
        Assert.Equal(value, literal.Value);
    }

    [Fact]
    public void ParseFilter_ResultLessThanDecimal_GivesComparisonWithDecimal()
    {
        var binary = Assert.IsType<Binary>(Parse("result lt 10.00"));

        Assert.Equal(BinaryOperator.LessThan, binary.Operator);
        AssertPath(binary.Left, "result");
        AssertLiteral(binary.Right, LiteralKind.Decimal, 10.0);
        Assert.Equal(0, binary.Position);
        Assert.Equal(10, binary.Right.Position);
    }

    [Fact]
    public void ParseFilter_NavigationPath_KeepsSegmentsAndString()
    {
        var binary = Assert.IsType<Binary>(Parse("Datastream/Thing/name eq 'Kiel-Holtenau'"));

        Assert.Equal(BinaryOperator.Equal, binary.Operator);
        AssertPath(binary.Left, "Datastream", "Thing", "name");
        AssertLiteral(binary.Right, LiteralKind.String, "Kiel-Holtenau");
    }

    [Fact]
    public void ParseFilter_NotWithParentheses_NegatesTheConjunction()
    {
        var not = Assert.IsType<Unary>(Parse("not (result ge 5 and result le 7)"));

        Assert.Equal(UnaryOperator.Not, not.Operator);
        var and = Assert.IsType<Binary>(not.Operand);
        Assert.Equal(BinaryOperator.And, and.Operator);
        Assert.Equal(BinaryOperator.GreaterOrEqual, Assert.IsType<Binary>(and.Left).Operator);
        Assert.Equal(BinaryOperator.LessOrEqual, Assert.IsType<Binary>(and.Right).Operator);
        AssertLiteral(Assert.IsType<Binary>(and.Left).Right, LiteralKind.Integer, 5L);
    }

    [Fact]
    public void ParseFilter_ArithmeticWithParentheses_FollowsPrecedence()
    {
        var gt = Assert.IsType<Binary>(Parse("(result sub 5) mul 2 gt 10"));

        Assert.Equal(BinaryOperator.GreaterThan, gt.Operator);
        var mul = Assert.IsType<Binary>(gt.Left);
        Assert.Equal(BinaryOperator.Multiply, mul.Operator);
        var sub = Assert.IsType<Binary>(mul.Left);
        Assert.Equal(BinaryOperator.Subtract, sub.Operator);
        AssertPath(sub.Left, "result");
        AssertLiteral(mul.Right, LiteralKind.Integer, 2L);
        AssertLiteral(gt.Right, LiteralKind.Integer, 10L);
    }

    [Fact]
    public void ParseFilter_MixedOperators_BindByPrecedence()
    {
        // a or (b and (not (c eq (d add (e mul (-f))))))
        var or = Assert.IsType<Binary>(Parse("a or b and not c eq d add e mul -f"));

        Assert.Equal(BinaryOperator.Or, or.Operator);
        var and = Assert.IsType<Binary>(or.Right);
        Assert.Equal(BinaryOperator.And, and.Operator);
        var not = Assert.IsType<Unary>(and.Right);
        var eq = Assert.IsType<Binary>(not.Operand);
        Assert.Equal(BinaryOperator.Equal, eq.Operator);
        var add = Assert.IsType<Binary>(eq.Right);
        Assert.Equal(BinaryOperator.Add, add.Operator);
        var mul = Assert.IsType<Binary>(add.Right);
        Assert.Equal(BinaryOperator.Multiply, mul.Operator);
        Assert.Equal(UnaryOperator.Negate, Assert.IsType<Unary>(mul.Right).Operator);
    }

    [Fact]
    public void ParseFilter_SameLevelOperators_AssociateToTheLeft()
    {
        var outer = Assert.IsType<Binary>(Parse("a sub b sub c"));

        Assert.Equal(BinaryOperator.Subtract, outer.Operator);
        AssertPath(outer.Right, "c");
        var inner = Assert.IsType<Binary>(outer.Left);
        AssertPath(inner.Left, "a");
        AssertPath(inner.Right, "b");
    }

    [Fact]
    public void ParseFilter_Substringof_GivesFunctionCall()
    {
        var call = Assert.IsType<FunctionCall>(Parse("substringof('Pegel', name)"));

        Assert.Equal("substringof", call.Name);
        Assert.Equal(2, call.Arguments.Count);
        AssertLiteral(call.Arguments[0], LiteralKind.String, "Pegel");
        AssertPath(call.Arguments[1], "name");
    }

    [Fact]
    public void ParseFilter_YearOfPhenomenonTime_ComparesFunctionResult()
    {
        var eq = Assert.IsType<Binary>(Parse("year(phenomenonTime) eq 2023"));

        var call = Assert.IsType<FunctionCall>(eq.Left);
        Assert.Equal("year", call.Name);
        AssertPath(Assert.Single(call.Arguments), "phenomenonTime");
        AssertLiteral(eq.Right, LiteralKind.Integer, 2023L);
    }

    [Fact]
    public void ParseFilter_DateTimeRange_GivesUtcDateTimes()
    {
        var and = Assert.IsType<Binary>(Parse("phenomenonTime ge 2023-10-20T00:00:00Z and phenomenonTime lt 2023-10-22T00:00:00Z"));

        Assert.Equal(BinaryOperator.And, and.Operator);
        AssertLiteral(Assert.IsType<Binary>(and.Left).Right, LiteralKind.DateTime, new DateTimeOffset(2023, 10, 20, 0, 0, 0, TimeSpan.Zero));
        AssertLiteral(Assert.IsType<Binary>(and.Right).Right, LiteralKind.DateTime, new DateTimeOffset(2023, 10, 22, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void ParseFilter_DateTimeWithFractionAndOffset_KeepsOffset()
    {
        var eq = Assert.IsType<Binary>(Parse("phenomenonTime eq 2016-01-01T00:00:00.123+01:00"));

        var expected = new DateTimeOffset(2016, 1, 1, 0, 0, 0, 123, TimeSpan.FromHours(1));
        var literal = Assert.IsType<Literal>(eq.Right);
        Assert.Equal(expected, literal.Value);
        Assert.Equal(TimeSpan.FromHours(1), ((DateTimeOffset)literal.Value!).Offset);
    }

    [Fact]
    public void ParseFilter_DateOnly_GivesDate()
    {
        var eq = Assert.IsType<Binary>(Parse("date(resultTime) eq 2016-02-29"));

        AssertLiteral(eq.Right, LiteralKind.Date, new DateOnly(2016, 2, 29));
        Assert.Equal("date", Assert.IsType<FunctionCall>(eq.Left).Name);
    }

    [Theory]
    [InlineData("12:00", 12, 0, 0, 0)]
    [InlineData("23:59:59", 23, 59, 59, 0)]
    [InlineData("00:00:00.1234567", 0, 0, 0, 1234567)]
    public void ParseFilter_TimeOfDay_GivesTimeOnly(string text, int hour, int minute, int second, long fractionTicks)
    {
        var ge = Assert.IsType<Binary>(Parse($"time(phenomenonTime) ge {text}"));

        AssertLiteral(ge.Right, LiteralKind.TimeOfDay, new TimeOnly(hour, minute, second).Add(TimeSpan.FromTicks(fractionTicks)));
        Assert.Equal(24, ge.Right.Position);
    }

    [Fact]
    public void ParseFilter_Duration_GivesTimeSpan()
    {
        var eq = Assert.IsType<Binary>(Parse("interval eq duration'P1DT2H30.5S'"));

        AssertLiteral(eq.Right, LiteralKind.Duration, new TimeSpan(1, 2, 0, 30, 500));
    }

    [Fact]
    public void ParseFilter_StWithinPolygon_KeepsWktText()
    {
        const string Wkt = "POLYGON((10 54, 10.3 54, 10.3 54.5, 10 54.5, 10 54))";

        var call = Assert.IsType<FunctionCall>(Parse($"st_within(location, geography'{Wkt}')"));

        Assert.Equal("st_within", call.Name);
        AssertPath(call.Arguments[0], "location");
        AssertLiteral(call.Arguments[1], LiteralKind.Geography, Wkt);
    }

    [Fact]
    public void ParseFilter_GeoDistance_ComparesFunctionResult()
    {
        var lt = Assert.IsType<Binary>(Parse("geo.distance(location, geography'POINT(10.1 54.3)') lt 0.1"));

        var call = Assert.IsType<FunctionCall>(lt.Left);
        Assert.Equal("geo.distance", call.Name);
        AssertLiteral(call.Arguments[1], LiteralKind.Geography, "POINT(10.1 54.3)");
        AssertLiteral(lt.Right, LiteralKind.Decimal, 0.1);
    }

    [Theory]
    [InlineData("MULTIPOINT((1 2), (3 4))")]
    [InlineData("MULTIPOINT(1 2, 3 4)")]
    [InlineData("LINESTRING(1 2, 3 4, 5 6)")]
    [InlineData("MULTILINESTRING((1 2, 3 4), (5 6, 7 8))")]
    [InlineData("MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))")]
    [InlineData("POINT Z (1 2 3)")]
    [InlineData("POINT EMPTY")]
    [InlineData("point(-1.5e2 +2)")]
    public void ParseFilter_ValidWkt_IsAccepted(string wkt)
    {
        var call = Assert.IsType<FunctionCall>(Parse($"st_intersects(location, geography'{wkt}')"));

        AssertLiteral(call.Arguments[1], LiteralKind.Geography, wkt);
    }

    [Fact]
    public void ParseFilter_JsonProperty_KeepsPath()
    {
        var eq = Assert.IsType<Binary>(Parse("properties/owner eq 'KielRegion'"));

        AssertPath(eq.Left, "properties", "owner");
    }

    [Fact]
    public void ParseFilter_ArrayIndex_IsOwnSegment()
    {
        var eq = Assert.IsType<Binary>(Parse("properties/list[1] eq 3"));

        var path = Assert.IsType<PropertyPath>(eq.Left);
        Assert.Equal(3, path.Segments.Count);
        Assert.Equal("list", path.Segments[1].Name);
        Assert.Equal(string.Empty, path.Segments[2].Name);
        Assert.Equal(1, path.Segments[2].Index);
    }

    [Fact]
    public void ParseFilter_IndexInsidePath_ContinuesAfterIndex()
    {
        AssertPath(Assert.IsType<Binary>(Parse("properties/list[0]/x eq 1")).Left, "properties", "list", "[0]", "x");
    }

    [Fact]
    public void ParseFilter_IotIdAndId_AreProperties()
    {
        var or = Assert.IsType<Binary>(Parse("Thing/@iot.id eq 5 or id eq 6"));

        AssertPath(Assert.IsType<Binary>(or.Left).Left, "Thing", "@iot.id");
        AssertPath(Assert.IsType<Binary>(or.Right).Left, "id");
    }

    [Fact]
    public void ParseFilter_EscapedQuote_IsUnescaped()
    {
        AssertLiteral(Assert.IsType<Binary>(Parse("name eq 'O''Brien'")).Right, LiteralKind.String, "O'Brien");
    }

    [Theory]
    [InlineData("x eq null", LiteralKind.Null, null)]
    [InlineData("x eq true", LiteralKind.Boolean, true)]
    [InlineData("x eq false", LiteralKind.Boolean, false)]
    [InlineData("x eq -2", LiteralKind.Integer, -2L)]
    [InlineData("x eq 1e3", LiteralKind.Decimal, 1000.0)]
    [InlineData("x eq 2.5E-2", LiteralKind.Decimal, 0.025)]
    [InlineData("x eq -9223372036854775808", LiteralKind.Integer, long.MinValue)]
    [InlineData("x eq ''", LiteralKind.String, "")]
    public void ParseFilter_Literal_HasKindAndValue(string text, LiteralKind kind, object? value)
    {
        AssertLiteral(Assert.IsType<Binary>(Parse(text)).Right, kind, value);
    }

    [Fact]
    public void ParseFilter_MinusBeforeSpaceOrName_IsNegation()
    {
        var sub = Assert.IsType<Binary>(Parse("- 5 sub -result"));

        var left = Assert.IsType<Unary>(sub.Left);
        Assert.Equal(UnaryOperator.Negate, left.Operator);
        AssertLiteral(left.Operand, LiteralKind.Integer, 5L);
        AssertPath(Assert.IsType<Unary>(sub.Right).Operand, "result");
    }

    [Fact]
    public void ParseFilter_FunctionsOfEveryArity_AreAccepted()
    {
        var and = Assert.IsType<Binary>(Parse("now() gt mindatetime() and substring(name, 1, 2) eq st_relate(a, b, 'T********')"));

        var gt = Assert.IsType<Binary>(and.Left);
        Assert.Empty(Assert.IsType<FunctionCall>(gt.Left).Arguments);
        var eq = Assert.IsType<Binary>(and.Right);
        Assert.Equal(3, Assert.IsType<FunctionCall>(eq.Left).Arguments.Count);
        Assert.Equal(3, Assert.IsType<FunctionCall>(eq.Right).Arguments.Count);
    }

    [Fact]
    public void ParseFilter_NestedFunctions_AndWhitespace_AreAccepted()
    {
        var eq = Assert.IsType<Binary>(Parse("  tolower( trim(name) )\teq\n'x'  "));

        var outer = Assert.IsType<FunctionCall>(eq.Left);
        Assert.Equal("tolower", outer.Name);
        Assert.Equal("trim", Assert.IsType<FunctionCall>(Assert.Single(outer.Arguments)).Name);
    }

    [Fact]
    public void ParseFilter_NotWithoutSpaceBeforeParenthesis_IsAccepted()
    {
        Assert.Equal(UnaryOperator.Not, Assert.IsType<Unary>(Parse("not(a eq 1)")).Operator);
    }

    [Fact]
    public void ParseFilter_DepthAtLimit_IsAccepted()
    {
        var text = new string('(', 64) + "a" + new string(')', 64);

        AssertPath(Parse(text), "a");
    }

    [Fact]
    public void ParseFilter_LongOrChain_IsNotLimitedByDepth()
    {
        var text = string.Join(" or ", Enumerable.Range(0, 1000).Select(i => $"id eq {i}"));

        var expression = Parse(text);

        Assert.Equal(text, QueryPrinter.Print(expression));
    }
}
