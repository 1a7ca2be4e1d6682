using SmartRegion.Modules.Sensing.Model;
using SmartRegion.SensorThings.Query;

namespace SmartRegion.Modules.Sensing.Storage;

internal sealed partial class FilterTranslator
{
    private SqlFragment TranslateBinary(Binary binary, EntityDefinition entity, string alias)
    {
        switch (binary.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                var word = binary.Operator == BinaryOperator.And ? "AND" : "OR";
                return new($"({Condition(binary.Left, entity, alias)} {word} {Condition(binary.Right, entity, alias)})", SqlType.Boolean);
            case BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply:
                var symbol = binary.Operator switch { BinaryOperator.Add => "+", BinaryOperator.Subtract => "-", _ => "*" };
                var left = Translate(binary.Left, entity, alias);
                var right = Translate(binary.Right, entity, alias);

                // Times are microseconds and durations too: a time plus or minus a duration is again a time
                // (now() sub duration'P1D'); the difference of two times is a duration, a number.
                var isTime = binary.Operator switch
                {
                    BinaryOperator.Add => (left.Type == SqlType.Time) != (right.Type == SqlType.Time),
                    BinaryOperator.Subtract => left.Type == SqlType.Time && right.Type != SqlType.Time,
                    _ => false,
                };
                return new($"({NumericOf(left, binary.Left)} {symbol} {NumericOf(right, binary.Right)})", isTime ? SqlType.Time : SqlType.Number);
            case BinaryOperator.Divide:
                return new(dialect.Divide(Numeric(binary.Left, entity, alias), Numeric(binary.Right, entity, alias)), SqlType.Number);
            case BinaryOperator.Modulo:
                return new(dialect.Modulo(Numeric(binary.Left, entity, alias), Numeric(binary.Right, entity, alias)), SqlType.Number);
            case var op when IsComparison(op):
                return new(Exists(() => Compare(binary, entity, alias).Sql), SqlType.Boolean);
            default:
                throw Error(binary, $"the operator {binary.Operator} is not supported");
        }
    }

    private SqlFragment Compare(Binary binary, EntityDefinition entity, string alias)
    {
        var left = Translate(binary.Left, entity, alias);
        var right = Translate(binary.Right, entity, alias);
        var isNull = binary.Left is Literal { Kind: LiteralKind.Null } || binary.Right is Literal { Kind: LiteralKind.Null };
        if (isNull && binary.Operator is BinaryOperator.Equal or BinaryOperator.NotEqual)
        {
            var value = binary.Left is Literal { Kind: LiteralKind.Null } ? right : left;
            var test = binary.Operator == BinaryOperator.Equal ? "IS NULL" : "IS NOT NULL";
            return new($"({value.For(SqlType.Text)} {test})", SqlType.Boolean);
        }

        // A date compares with a point in time as its first instant, midnight UTC.
        if (left.Type == SqlType.Date && right.Type == SqlType.Time)
        {
            left = left with { Type = SqlType.Time };
        }
        else if (right.Type == SqlType.Date && left.Type == SqlType.Time)
        {
            right = right with { Type = SqlType.Time };
        }

        // A dynamic side (JSON member, result) takes the type of the other side; two dynamic sides compare as text.
        var type = left.Type != SqlType.Dynamic ? left.Type : right.Type != SqlType.Dynamic ? right.Type : SqlType.Text;
        if (left.Type is not SqlType.Dynamic and not SqlType.Unknown && right.Type is not SqlType.Dynamic and not SqlType.Unknown && left.Type != right.Type)
        {
            var hint = left.Type == SqlType.TimeOfDay || right.Type == SqlType.TimeOfDay ? "; time(…) gives the time of day of a point in time" : string.Empty;
            throw Error(binary, $"cannot compare a {Describe(left.Type)} with a {Describe(right.Type)}{hint}");
        }

        if (type == SqlType.Geometry)
        {
            throw Error(binary, "geometries are compared with the st_* functions, not with comparison operators");
        }

        return type == SqlType.Time && (left.End is not null || right.End is not null)
            ? new(CompareSpans(binary.Operator, left, right), SqlType.Boolean)
            : new($"({left.For(type)} {Symbol(binary.Operator)} {right.For(type)})", SqlType.Boolean);
    }

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "<>",
        BinaryOperator.GreaterThan => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.LessThan => "<",
        _ => "<=",
    };

    private string Numeric(Expression expression, EntityDefinition entity, string alias) => NumericOf(Translate(expression, entity, alias), expression);

    private string NumericOf(SqlFragment fragment, Expression expression) =>
        fragment.Type switch
        {
            SqlType.Number or SqlType.Time => fragment.Sql,
            SqlType.Dynamic => fragment.For(SqlType.Number),
            _ => throw Error(expression, $"a number is needed here, not a {Describe(fragment.Type)}"),
        };

    private string Text(Expression expression, EntityDefinition entity, string alias)
    {
        var fragment = Translate(expression, entity, alias);
        return fragment.Type switch
        {
            SqlType.Text => fragment.Sql,
            SqlType.Dynamic => fragment.For(SqlType.Text),
            _ => throw Error(expression, $"a text is needed here, not a {Describe(fragment.Type)}"),
        };
    }

    /// <summary>A point in time (of an interval: its start) or a date; with <paramref name="clock"/> also a time of day.</summary>
    private string Instant(Expression expression, EntityDefinition entity, string alias, bool clock = false)
    {
        var fragment = Translate(expression, entity, alias);
        return fragment.Type is SqlType.Time or SqlType.Date || (clock && fragment.Type == SqlType.TimeOfDay)
            ? fragment.Sql
            : throw Error(expression, $"a point in time is needed here, not a {Describe(fragment.Type)}");
    }

    private SqlFragment TranslateFunction(FunctionCall call, EntityDefinition entity, string alias) =>
        BooleanFunctions.Contains(call.Name)
            ? new(Exists(() => Function(call, entity, alias).Sql), SqlType.Boolean)
            : Function(call, entity, alias);

    private SqlFragment Function(FunctionCall call, EntityDefinition entity, string alias)
    {
        string Arg(int i) => Text(call.Arguments[i], entity, alias);
        string Num(int i) => Numeric(call.Arguments[i], entity, alias);
        string Clock(int i) => Instant(call.Arguments[i], entity, alias, clock: true);
        return call.Name switch
        {
            "substringof" => new($"({dialect.IndexOf(Arg(1), Arg(0))} >= 0)", SqlType.Boolean),
            "startswith" => new($"({dialect.Substring(Arg(0), "0", dialect.Length(Arg(1)))} = {Arg(1)})", SqlType.Boolean),
            "endswith" => new($"({dialect.Length(Arg(0))} >= {dialect.Length(Arg(1))} AND {dialect.Substring(Arg(0), $"{dialect.Length(Arg(0))} - {dialect.Length(Arg(1))}", null)} = {Arg(1)})", SqlType.Boolean),
            "length" => new(dialect.Length(Arg(0)), SqlType.Number),
            "indexof" => new(dialect.IndexOf(Arg(0), Arg(1)), SqlType.Number),
            "substring" => new(dialect.Substring(Arg(0), Num(1), call.Arguments.Count > 2 ? Num(2) : null), SqlType.Text),
            "tolower" => new($"lower({Arg(0)})", SqlType.Text),
            "toupper" => new($"upper({Arg(0)})", SqlType.Text),
            "trim" => new($"trim({Arg(0)})", SqlType.Text),
            "concat" => new($"({Arg(0)} || {Arg(1)})", SqlType.Text),
            "year" or "month" or "day" => new(dialect.DatePart(call.Name, Instant(call.Arguments[0], entity, alias)), SqlType.Number),
            // From the time of day, which is never negative: an instant before 1970 has its parts counted forwards too.
            "hour" or "minute" or "second" => new(dialect.DatePart(call.Name, TimeOfDayOf(Clock(0))), SqlType.Number),
            "fractionalseconds" => new($"(({TimeOfDayOf(Clock(0))} % 1000000) / 1000000.0)", SqlType.Number),
            "date" => new(DateOf(Instant(call.Arguments[0], entity, alias)), SqlType.Date),
            "time" => new(TimeOfDayOf(Instant(call.Arguments[0], entity, alias)), SqlType.TimeOfDay),
            "totaloffsetminutes" => new($"(0 * {Instant(call.Arguments[0], entity, alias)})", SqlType.Number),
            "now" => new(sql.Parameter(SensingTime.ToMicroseconds(DateTimeOffset.UtcNow)), SqlType.Time),
            "mindatetime" => new(sql.Parameter(SensingTime.ToMicroseconds(DateTimeOffset.MinValue)), SqlType.Time),
            "maxdatetime" => new(sql.Parameter(SensingTime.ToMicroseconds(DateTimeOffset.MaxValue)), SqlType.Time),
            "round" => new(dialect.Round(Num(0)), SqlType.Number),
            "floor" => new($"floor({Num(0)})", SqlType.Number),
            "ceiling" => new($"ceil({Num(0)})", SqlType.Number),
            "st_equals" or "st_disjoint" or "st_touches" or "st_within" or "st_overlaps" or "st_crosses" or "st_intersects" or "st_contains" or "geo.intersects" =>
                new($"({dialect.SpatialFunction(call.Name)}({Geometry(call.Arguments[0], entity, alias)}, {Geometry(call.Arguments[1], entity, alias)}) = {dialect.True})", SqlType.Boolean),
            "st_relate" => new($"({dialect.SpatialFunction(call.Name)}({Geometry(call.Arguments[0], entity, alias)}, {Geometry(call.Arguments[1], entity, alias)}, {Arg(2)}) = {dialect.True})", SqlType.Boolean),
            "geo.distance" => new($"{dialect.SpatialFunction(call.Name)}({Geometry(call.Arguments[0], entity, alias)}, {Geometry(call.Arguments[1], entity, alias)})", SqlType.Number),
            "geo.length" => new($"{dialect.SpatialFunction(call.Name)}({Geometry(call.Arguments[0], entity, alias)})", SqlType.Number),
            _ => throw Error(call, $"the function {call.Name} is not supported by this server yet"),
        };
    }

    /// <summary>A geometry argument: a GeoJSON property (location, feature, observedArea) or a geography'…' literal.</summary>
    private string Geometry(Expression expression, EntityDefinition entity, string alias)
    {
        var fragment = Translate(expression, entity, alias);
        return fragment.Type == SqlType.Geometry
            ? dialect.Geometry(fragment.Sql, fragment.IsWkt)
            : throw Error(expression, $"a geometry is needed here (a location property or geography'…'), not a {Describe(fragment.Type)}");
    }

    private static string Describe(SqlType type) => type switch
    {
        SqlType.Number => "number",
        SqlType.Text => "text",
        SqlType.Boolean => "condition",
        SqlType.Time => "point in time",
        SqlType.Date => "date",
        SqlType.TimeOfDay => "time of day",
        SqlType.Geometry => "geometry",
        _ => "value",
    };
}
