using SmartRegion.Modules.Sensing.Model;
using SmartRegion.SensorThings.Query;

namespace SmartRegion.Modules.Sensing.Storage;

/// <summary>
/// Turns a parsed $filter or $orderby expression into SQL for one dialect. Values become parameters; property and
/// JSON key names come from the data model or pass a strict character check. Properties of related entities
/// (<c>Datastream/Thing/name</c>) become scalar subqueries along to-one navigations; a condition that reads through
/// a to-many navigation (<c>Datastreams/name eq 'x'</c>) becomes an EXISTS over the related rows.
/// </summary>
internal sealed partial class FilterTranslator(SqlDialect dialect, SqlText sql, string option)
{
    /// <summary>Deeper SQL than this is refused: SQLite stops at 1,000 nested expressions, and no honest filter needs more.</summary>
    private const int MaxDepth = 250;

    private int aliases;
    private int depth;

    public string Condition(Expression expression, EntityDefinition entity, string alias) => Exists(() =>
    {
        var fragment = Translate(expression, entity, alias);
        return fragment.Type switch
        {
            SqlType.Boolean => fragment.Sql,
            SqlType.Dynamic => $"({fragment.For(SqlType.Boolean)} = {dialect.True})",
            _ => throw Error(expression, "the filter must be a condition (true or false), not a value"),
        };
    });

    /// <summary>The SQL to order by; a dynamic value (a result) orders by its number, then by its text.</summary>
    public IReadOnlyList<string> OrderValues(Expression expression, EntityDefinition entity, string alias)
    {
        var fragment = Translate(expression, entity, alias);
        return fragment.Type == SqlType.Dynamic ? [fragment.For(SqlType.Number), fragment.For(SqlType.Text)] : [fragment.Sql];
    }

    private SqlFragment Translate(Expression expression, EntityDefinition entity, string alias) =>
        Deeper(expression, () => TranslateNode(expression, entity, alias));

    /// <summary>Counts one level of nesting (an operation, or a step along a link) while <paramref name="translate"/> runs.</summary>
    private T Deeper<T>(Expression at, Func<T> translate)
    {
        if (++depth > MaxDepth)
        {
            throw Error(at, $"the expression nests more than {MaxDepth} operations deep; split it into simpler requests");
        }

        try
        {
            return translate();
        }
        finally
        {
            depth--;
        }
    }

    private SqlFragment TranslateNode(Expression expression, EntityDefinition entity, string alias) => expression switch
    {
        Literal literal => TranslateLiteral(literal),
        PropertyPath path => TranslatePath(path, 0, entity, alias),
        Unary { Operator: UnaryOperator.Not } not => new($"(NOT {Condition(not.Operand, entity, alias)})", SqlType.Boolean),
        Unary negate => new($"(-{Numeric(negate.Operand, entity, alias)})", SqlType.Number),
        Binary binary => TranslateBinary(binary, entity, alias),
        FunctionCall call => TranslateFunction(call, entity, alias),
        _ => throw Error(expression, "this expression is not supported"),
    };

    private SqlFragment TranslateLiteral(Literal literal) => literal.Kind switch
    {
        LiteralKind.Null => new("NULL", SqlType.Unknown),
        LiteralKind.Boolean => new((bool)literal.Value! ? dialect.True : dialect.False, SqlType.Boolean),
        LiteralKind.Integer => new(sql.Parameter((long)literal.Value!), SqlType.Number),
        LiteralKind.Decimal => new(sql.Parameter((double)literal.Value!), SqlType.Number),
        LiteralKind.String => new(sql.Parameter((string)literal.Value!), SqlType.Text),
        LiteralKind.DateTime => new(sql.Parameter(SensingTime.ToMicroseconds((DateTimeOffset)literal.Value!)), SqlType.Time),
        LiteralKind.Date => new(sql.Parameter(SensingTime.ToMicroseconds(new DateTimeOffset(((DateOnly)literal.Value!).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))), SqlType.Date),
        LiteralKind.TimeOfDay => new(sql.Parameter(((TimeOnly)literal.Value!).Ticks / 10), SqlType.TimeOfDay),
        LiteralKind.Duration => new(sql.Parameter(((TimeSpan)literal.Value!).Ticks / 10), SqlType.Number),
        LiteralKind.Geography => new(sql.Parameter((string)literal.Value!), SqlType.Geometry) { IsWkt = true },
        _ => throw Error(literal, "this literal is not supported here"),
    };

    private SqlFragment TranslatePath(PropertyPath path, int start, EntityDefinition entity, string alias)
    {
        var first = path.Segments[start];
        if (entity.Navigation(first.Name) is { } navigation)
        {
            var target = SensingEntities.BySetName(navigation.Target)!;
            if (start == path.Segments.Count - 1)
            {
                throw Error(path, NotAValue(navigation, target));
            }

            if (ReadsThroughCollection(path, start, entity))
            {
                return Deeper(path, () => TranslatePath(path, start + 1, target, Join(path, navigation, target, alias)));
            }

            var inner = $"t{++aliases}";
            var value = Deeper(path, () => TranslatePath(path, start + 1, target, inner));
            string Wrap(string? expression) => expression is null ? null! : $"(SELECT {expression} FROM {target.Table} {inner} WHERE {inner}.id = {alias}.{navigation.Column})";
            return value with
            {
                Sql = Wrap(value.Sql),
                AsNumber = value.AsNumber is null ? null : Wrap(value.AsNumber),
                AsText = value.AsText is null ? null : Wrap(value.AsText),
                AsBoolean = value.AsBoolean is null ? null : Wrap(value.AsBoolean),
                End = value.End is null ? null : Wrap(value.End),
            };
        }

        var property = first.Name == "id" ? entity.Property("@iot.id") : entity.Property(first.Name);
        if (property is null)
        {
            throw Error(path, $"{entity.EntityName} has no property '{first.Name}'; it has {string.Join(", ", entity.Properties.Select(p => p.Name).Concat(entity.Navigations.Select(n => n.Name)))}");
        }

        var rest = path.Segments.Skip(start + 1).ToList();
        if (rest.Count > 0 && property.Kind != PropertyKind.Json)
        {
            throw Error(path, $"'{property.Name}' has no members to select with '/'");
        }

        var column = $"{alias}.{property.Column}";
        return property.Kind switch
        {
            PropertyKind.Id => new(column, SqlType.Number),
            PropertyKind.Text => new(column, SqlType.Text),
            PropertyKind.Instant => new(column, SqlType.Time),
            PropertyKind.TimeOrInterval => new($"{column}_start", SqlType.Time, End: $"COALESCE({column}_end, {column}_start)"),
            PropertyKind.Interval => new($"{column}_start", SqlType.Time, End: $"{column}_end"),
            PropertyKind.GeoJson => new(column, SqlType.Geometry),
            PropertyKind.Result => new($"{alias}.result_json", SqlType.Dynamic, $"{alias}.result_number", $"{alias}.result_string", $"{alias}.result_boolean"),
            _ when rest.Count == 0 => new(column, SqlType.Text),
            _ => JsonMember(column, rest, path),
        };
    }

    private SqlFragment JsonMember(string column, IReadOnlyList<PathSegment> path, PropertyPath at)
    {
        try
        {
            var text = dialect.JsonText(column, path);
            return new(text, SqlType.Dynamic, dialect.JsonNumber(column, path), text, dialect.JsonBoolean(column, path));
        }
        catch (ArgumentException exception)
        {
            throw Error(at, exception.Message);
        }
    }

    private QueryParseException Error(Expression at, string message) => new(option, at.Position, message);
}
