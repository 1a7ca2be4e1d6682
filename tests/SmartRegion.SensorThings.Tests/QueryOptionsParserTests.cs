using SmartRegion.SensorThings.Query;

namespace SmartRegion.SensorThings.Tests;

public sealed class QueryOptionsParserTests
{
    private static QueryOptions Parse(params (string Name, string Value)[] parameters) =>
        QueryOptionsParser.Parse(parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)), new QueryLimits());

    private static QueryParseException ParseError(params (string Name, string Value)[] parameters) =>
        Assert.Throws<QueryParseException>(() => Parse(parameters));

    private static QueryParseException ParseError(QueryLimits limits, string name, string value) =>
        Assert.Throws<QueryParseException>(() => QueryOptionsParser.Parse([KeyValuePair.Create(name, value)], limits));

    [Fact]
    public void Parse_NoParameters_GivesEmptyOptions()
    {
        var options = Parse();

        Assert.Null(options.Filter);
        Assert.Null(options.Select);
        Assert.Empty(options.Expand);
        Assert.Empty(options.OrderBy);
        Assert.Null(options.Top);
        Assert.Null(options.Count);
    }

    [Fact]
    public void Parse_AllSimpleOptions_AreRead()
    {
        var options = Parse(("$top", "5"), ("$skip", "10"), ("$count", "true"), ("$resultFormat", "dataArray"), ("$filter", "result gt 1"));

        Assert.Equal(5, options.Top);
        Assert.Equal(10, options.Skip);
        Assert.True(options.Count);
        Assert.Equal("dataArray", options.ResultFormat);
        Assert.IsType<Binary>(options.Filter);
    }

    [Fact]
    public void Parse_ParametersWithoutDollar_AreIgnored()
    {
        var options = Parse(("api-key", "secret"), ("$top", "1"), ("filter", "((("));

        Assert.Equal(1, options.Top);
    }

    [Fact]
    public void Parse_Select_GivesPaths()
    {
        var options = Parse(("$select", "name, id,properties/owner,@iot.id"));

        Assert.Equal(["name", "id", "properties/owner", "@iot.id"], options.Select!.Select(path => path.ToString()));
    }

    [Fact]
    public void Parse_OrderBy_ReadsDirectionsAndFunctions()
    {
        var options = Parse(("$orderby", "phenomenonTime desc, geo.distance(location, geography'POINT(1 2)') asc,name"));

        Assert.Equal(3, options.OrderBy.Count);
        Assert.True(options.OrderBy[0].Descending);
        Assert.Equal("phenomenonTime", options.OrderBy[0].Expression.ToString());
        Assert.False(options.OrderBy[1].Descending);
        Assert.Equal("geo.distance", Assert.IsType<FunctionCall>(options.OrderBy[1].Expression).Name);
        Assert.False(options.OrderBy[2].Descending);
    }

    [Fact]
    public void Parse_ExpandFromSpec_BuildsNestedItems()
    {
        var options = Parse(("$expand", "Datastreams($filter=name eq 'x';$expand=Observations($orderby=phenomenonTime desc;$top=1);$select=name,id),Locations"));

        Assert.Equal(2, options.Expand.Count);
        var datastreams = options.Expand[0];
        Assert.Equal(["Datastreams"], datastreams.Path);
        var filter = Assert.IsType<Binary>(datastreams.Options.Filter);
        Assert.Equal("name", filter.Left.ToString());
        Assert.Equal(["name", "id"], datastreams.Options.Select!.Select(path => path.ToString()));
        var observations = Assert.Single(datastreams.Options.Expand);
        Assert.Equal(["Observations"], observations.Path);
        Assert.Equal(1, observations.Options.Top);
        Assert.True(Assert.Single(observations.Options.OrderBy).Descending);
        Assert.Equal(["Locations"], options.Expand[1].Path);
        Assert.Same(QueryOptions.Empty, options.Expand[1].Options);
    }

    [Fact]
    public void Parse_ExpandPath_StaysOneItem()
    {
        var item = Assert.Single(Parse(("$expand", "Datastreams/Observations")).Expand);

        Assert.Equal(["Datastreams", "Observations"], item.Path);
    }

    [Fact]
    public void Parse_ExpandSeparatorsInsideStringsAndParentheses_BelongToInnerText()
    {
        var options = Parse(("$expand", "Things($filter=name eq 'a,b;c)(' and substring(name, 1, 2) eq 'x';$expand=Datastreams($top=1),Locations), Sensor"));

        Assert.Equal(2, options.Expand.Count);
        var things = options.Expand[0];
        Assert.Equal(2, things.Options.Expand.Count);
        var and = Assert.IsType<Binary>(things.Options.Filter);
        Assert.Equal("a,b;c)(", Assert.IsType<Literal>(Assert.IsType<Binary>(and.Left).Right).Value);
        Assert.Equal(["Sensor"], options.Expand[1].Path);
    }

    [Fact]
    public void Parse_ExpandAtMaxDepth_IsAccepted()
    {
        var text = "A/B/C($expand=D($expand=E/F/G/H))";

        var item = Assert.Single(Parse(("$expand", text)).Expand);

        Assert.Equal(["E", "F", "G", "H"], item.Options.Expand[0].Options.Expand[0].Path);
    }

    [Fact]
    public void Parse_ExpandDeeperThanMax_IsRejected()
    {
        var error = ParseError(("$expand", "A/B/C($expand=D($expand=E/F/G/H/I))"));

        Assert.Equal("$expand", error.Option);
        Assert.Contains("nested too deeply at 'E/F/G/H/I' (more than 8 levels)", error.Reason, StringComparison.Ordinal);
        Assert.Equal(24, error.Position);
    }

    [Fact]
    public void Parse_ExpandThousandsDeep_FailsCleanly()
    {
        var text = string.Concat(Enumerable.Repeat("A($expand=", 1000)) + "B" + new string(')', 1000);

        var error = ParseError(("$expand", text));

        Assert.Contains("nested too deeply", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NestedFilterError_ReportsPositionInExpandText()
    {
        var error = ParseError(("$expand", "Datastreams($filter=name eq)"));

        Assert.Equal("$expand", error.Option);
        Assert.Equal(27, error.Position);
        Assert.Equal("in $filter of 'Datastreams': expected an expression but found end of text", error.Reason);
    }

    [Theory]
    [InlineData("", "expected a navigation property but found end of text")]
    [InlineData("Datastreams,", "expected a navigation property but found end of text")]
    [InlineData("Datastreams($top=1", "expected ')' but found end of text")]
    [InlineData("Datastreams)", "unexpected ')' without a matching '('")]
    [InlineData("Datastreams($top=1)x", "expected ',' or end of text after ')' but found 'x'")]
    [InlineData("Datastreams()", "expected an option like '$top=1'")]
    [InlineData("Datastreams($top=1;)", "expected an option like '$top=1'")]
    [InlineData("Datastreams($top)", "expected '=' after '$top'")]
    [InlineData("Datastreams($foo=1)", "in the options of 'Datastreams': unknown query option '$foo'")]
    [InlineData("Datastreams($resultFormat=dataArray)", "unknown query option '$resultFormat'")]
    [InlineData("Datastreams($top=1;$top=2)", "$top is given more than once")]
    [InlineData("Datastreams($filter='x)", "unclosed string literal")]
    [InlineData("Data streams", "expected a navigation property name but found ' '")]
    [InlineData("Datastreams//Observations", "expected a navigation property name but found '/'")]
    [InlineData("Datastreams($expand=Observations($top=x))", "in $expand of 'Datastreams': in $top of 'Observations': expected a non-negative whole number")]
    public void Parse_BadExpand_IsRejected(string text, string reason)
    {
        var error = ParseError(("$expand", text));

        Assert.Equal("$expand", error.Option);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$top", "-1", "expected a non-negative whole number but found '-1'")]
    [InlineData("$top", "", "expected a non-negative whole number but found end of text")]
    [InlineData("$top", "1 ", "expected a non-negative whole number but found ' '")]
    [InlineData("$top", "10001", "$top is 10001; the maximum is 10000")]
    [InlineData("$top", "99999999999", "the maximum is 10000")]
    [InlineData("$skip", "abc", "expected a non-negative whole number but found 'abc'")]
    [InlineData("$count", "yes", "expected 'true' or 'false' but found 'yes'")]
    [InlineData("$count", "True", "expected 'true' or 'false'")]
    [InlineData("$resultFormat", "data array", "expected a result format name like 'dataArray' but found ' array'")]
    [InlineData("$select", "name,", "expected a property name but found end of text")]
    [InlineData("$select", "year(name)", "$select takes no functions")]
    [InlineData("$select", "name eq 1", "expected ',' or end of text but found 'eq'")]
    [InlineData("$orderby", "name up", "expected 'asc', 'desc', ',' or end of text but found 'up'")]
    [InlineData("$orderby", "", "expected an expression but found end of text")]
    public void Parse_BadOptionValue_IsRejectedWithOptionName(string name, string value, string reason)
    {
        var error = ParseError((name, value));

        Assert.Equal(name, error.Option);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownDollarOption_IsRejected()
    {
        var error = ParseError(("$search", "x"));

        Assert.Equal("$search", error.Option);
        Assert.StartsWith("unknown query option '$search'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WrongCaseOption_HintsAtCase()
    {
        Assert.Contains("case-sensitive", ParseError(("$Filter", "a eq 1")).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RepeatedOption_IsRejected()
    {
        Assert.Equal("$top is given more than once", ParseError(("$top", "1"), ("$top", "2")).Reason);
    }

    [Fact]
    public void Parse_OptionLongerThanMaxLength_IsRejected()
    {
        var error = ParseError(new QueryLimits(MaxLength: 10), "$expand", "Datastreams,Locations");

        Assert.Equal("$expand", error.Option);
        Assert.Contains("the maximum is 10", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TopAboveCustomLimit_SaysTheMaximum()
    {
        Assert.Equal("$top is 101; the maximum is 100", ParseError(new QueryLimits(MaxTop: 100), "$top", "101").Reason);
    }
}
