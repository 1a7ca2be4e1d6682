using CsCheck;
using SmartRegion.SensorThings.Query;

namespace SmartRegion.SensorThings.Tests;

/// <summary>Random syntax trees and options for the property tests; every generated tree has a text form.</summary>
internal static class AstGenerators
{
    private static readonly string[] PropertyNames =
        ["result", "name", "phenomenonTime", "Datastream", "Thing", "properties", "owner", "id", "@iot.id", "x_1", "Ärger"];

    private static readonly string[] NavigationNames = ["Datastreams", "Observations", "Thing", "Locations", "Sensor"];

    private static readonly string[] Wkt =
    [
        "POINT(10.1 54.3)",
        "POLYGON((10 54, 10.3 54, 10.3 54.5, 10 54.5, 10 54))",
        "MULTIPOINT((1 2), (3 4))",
        "LINESTRING EMPTY",
    ];

    private static readonly (string Name, int Arity)[] FunctionArities =
    [
        .. Functions.All.SelectMany(pair => Enumerable.Range(pair.Value.Min, pair.Value.Max - pair.Value.Min + 1).Select(arity => (pair.Key, arity))),
    ];

    public static readonly Gen<PropertyPath> Path =
        Gen.Select(Gen.OneOf(PropertyNames), Gen.OneOf(PropertyNames).Array[0, 2], Gen.Int[0, 3].Array[0, 2], Gen.Bool)
            .Select((first, rest, indexes, indexLast) =>
            {
                var segments = new List<PathSegment> { new(first) };
                var tail = rest.Select(name => new PathSegment(name)).ToList();
                var indexSegments = indexes.Select(index => new PathSegment(string.Empty, index));
                segments.AddRange(indexLast ? tail.Concat(indexSegments) : indexSegments.Concat(tail));
                return new PropertyPath(segments, 0);
            });

    public static readonly Gen<Expression> Literal = Gen.OneOf<Expression>(
        Gen.Const<Expression>(new Literal(LiteralKind.Null, null, 0)),
        Gen.Bool.Select(value => (Expression)new Literal(LiteralKind.Boolean, value, 0)),
        Gen.Long.Select(value => (Expression)new Literal(LiteralKind.Integer, value, 0)),
        Gen.Double.Where(double.IsFinite).Select(value => (Expression)new Literal(LiteralKind.Decimal, value, 0)),
        Gen.String.Select(value => (Expression)new Literal(LiteralKind.String, value, 0)),
        Gen.DateTimeOffset.Select(value => (Expression)new Literal(LiteralKind.DateTime, value, 0)),
        Gen.DateOnly.Select(value => (Expression)new Literal(LiteralKind.Date, value, 0)),
        Gen.TimeOnly.Select(value => (Expression)new Literal(LiteralKind.TimeOfDay, value, 0)),
        Gen.TimeSpan.Where(value => value != TimeSpan.MinValue).Select(value => (Expression)new Literal(LiteralKind.Duration, value, 0)),
        Gen.OneOf(Wkt).Select(value => (Expression)new Literal(LiteralKind.Geography, value, 0)));

    private static readonly Gen<Expression> Leaf = Gen.Frequency<Expression>((1, Path.Select(path => (Expression)path)), (1, Literal));

    public static Gen<Expression> Expression(int depth)
    {
        var current = Leaf;
        for (var level = 0; level < depth; level++)
        {
            var operand = current;
            var unary = Gen.Select(Gen.Enum<UnaryOperator>(), operand, (op, inner) => (Expression)new Unary(op, inner, 0));
            var binary = Gen.Select(Gen.Enum<BinaryOperator>(), operand, operand, (op, left, right) => (Expression)new Binary(op, left, right, 0));
            var call = Gen.OneOf(FunctionArities).SelectMany(function =>
                operand.Array[function.Arity].Select(arguments => (Expression)new FunctionCall(function.Name, arguments, 0)));
            current = Gen.Frequency<Expression>((2, Leaf), (1, unary), (3, binary), (1, call));
        }

        return current;
    }

    public static Gen<QueryOptions> Options(int expandDepth, bool nested = false)
    {
        var expand = expandDepth == 0
            ? Gen.Const(Array.Empty<ExpandItem>())
            : Gen.Select(Gen.OneOf(NavigationNames).Array[1, 2], Options(expandDepth - 1, nested: true), (path, options) => new ExpandItem(path, options)).Array[0, 2];
        var orderBy = Gen.Select(Expression(2), Gen.Bool, (expression, descending) => new OrderItem(expression, descending)).Array[0, 2];
        var resultFormat = nested ? Gen.Const((string?)null) : Gen.OneOf<string?>(null, "dataArray", "GeoJSON");
        return Gen.Select(
            Expression(3).Null(0.5),
            Path.Array[1, 3].Null(0.5),
            expand,
            orderBy,
            Gen.Int[0, 10_000].Nullable(0.5),
            Gen.Int[0, int.MaxValue].Nullable(0.5),
            Gen.Bool.Nullable(0.5),
            resultFormat,
            (filter, select, expandItems, order, top, skip, count, format) => new QueryOptions
            {
                Filter = filter,
                Select = select,
                Expand = expandItems,
                OrderBy = order,
                Top = top,
                Skip = skip,
                Count = count,
                ResultFormat = format,
            });
    }
}
