using SmartRegion.SensorThings.Query;

namespace SmartRegion.SensorThings.Tests;

public sealed class QueryPrinterTests
{
    private static readonly QueryLimits Limits = new();

    private static string Reprint(string filter) => QueryPrinter.Print(QueryOptionsParser.ParseFilter(filter, Limits));

    [Theory]
    [InlineData("result lt 10.00", "result lt 10.0")]
    [InlineData("((result sub 5)) mul 2 gt 10", "(result sub 5) mul 2 gt 10")]
    [InlineData("result sub (5 mul 2)", "result sub 5 mul 2")]
    [InlineData("a sub (b sub c)", "a sub (b sub c)")]
    [InlineData("(a sub b) sub c", "a sub b sub c")]
    [InlineData("not(result ge 5 and result le 7)", "not (result ge 5 and result le 7)")]
    [InlineData("(a eq b) eq c", "(a eq b) eq c")]
    [InlineData("not (not a)", "not not a")]
    [InlineData("-(a add b) mul - 5", "-(a add b) mul - 5")]
    [InlineData("-5 add - -5", "-5 add - -5")]
    [InlineData("(not a) eq b", "(not a) eq b")]
    [InlineData("a and (b or c)", "a and (b or c)")]
    [InlineData("name eq 'O''Brien'", "name eq 'O''Brien'")]
    [InlineData("t ge 2016-01-01", "t ge 2016-01-01")]
    [InlineData("date(t) eq date(2016-01-01T10:00Z)", "date(t) eq date(2016-01-01T10:00:00Z)")]
    [InlineData("time(t) lt 12:00", "time(t) lt 12:00:00")]
    [InlineData("time(t) lt 07:05:00.2500", "time(t) lt 07:05:00.25")]
    [InlineData("t ge 2016-01-01T10:20:30.1200+01:00", "t ge 2016-01-01T10:20:30.12+01:00")]
    [InlineData("d eq duration'PT25H'", "d eq duration'P1DT1H'")]
    [InlineData("d eq duration'-PT0.5S'", "d eq duration'-PT0.5S'")]
    [InlineData("x eq 1e3", "x eq 1000.0")]
    [InlineData("x eq 1e300", "x eq 1E+300")]
    [InlineData("properties/list[0]/x eq 1", "properties/list[0]/x eq 1")]
    [InlineData("substring( name ,1 , 2 ) eq 'x'", "substring(name, 1, 2) eq 'x'")]
    [InlineData("geo.distance(location,geography'POINT(10.1 54.3)') lt 0.1", "geo.distance(location, geography'POINT(10.1 54.3)') lt 0.1")]
    public void Print_ParsedFilter_GivesCanonicalText(string filter, string expected)
    {
        var printed = Reprint(filter);

        Assert.Equal(expected, printed);
        Assert.Equal(printed, Reprint(printed));
    }

    [Fact]
    public void Print_HandBuiltTree_AddsNeededParentheses()
    {
        var a = new PropertyPath([new PathSegment("a")], 0);
        var b = new PropertyPath([new PathSegment("b")], 0);
        var tree = new Binary(
            BinaryOperator.Multiply,
            new Binary(BinaryOperator.Add, a, b, 0),
            new Unary(UnaryOperator.Negate, new Binary(BinaryOperator.Or, a, b, 0), 0),
            0);

        Assert.Equal("(a add b) mul -(a or b)", QueryPrinter.Print(tree));
    }

    [Fact]
    public void Print_Options_UsesFixedOrder()
    {
        var parameters = new Dictionary<string, string>
        {
            ["$resultFormat"] = "dataArray",
            ["$count"] = "false",
            ["$skip"] = "2",
            ["$top"] = "5",
            ["$orderby"] = "phenomenonTime desc,id",
            ["$expand"] = "Datastreams($top=1;$filter=name eq 'x;y';$expand=Observations($orderby=phenomenonTime desc;$top=1);$select=name,id),Locations",
            ["$select"] = "id,name",
            ["$filter"] = "result gt 1",
        };

        var printed = QueryPrinter.Print(QueryOptionsParser.Parse(parameters, Limits));

        Assert.Equal(
            "$filter=result gt 1&$select=id,name"
            + "&$expand=Datastreams($filter=name eq 'x;y';$select=name,id;$expand=Observations($orderby=phenomenonTime desc;$top=1);$top=1),Locations"
            + "&$orderby=phenomenonTime desc,id&$top=5&$skip=2&$count=false&$resultFormat=dataArray",
            printed);
    }

    [Fact]
    public void Print_EmptyOptions_GivesEmptyText()
    {
        Assert.Equal(string.Empty, QueryPrinter.Print(QueryOptions.Empty));
    }
}
