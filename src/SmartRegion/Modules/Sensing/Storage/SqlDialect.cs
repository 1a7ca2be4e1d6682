using System.Globalization;
using SmartRegion.SensorThings.Query;

namespace SmartRegion.Modules.Sensing.Storage;

/// <summary>What differs between SQLite and PostgreSQL in the SQL the SensorThings translator writes.</summary>
internal abstract class SqlDialect
{
    public static readonly SqlDialect Sqlite = new SqliteDialect();
    public static readonly SqlDialect Postgres = new PostgresDialect();

    public abstract string True { get; }

    public abstract string False { get; }

    /// <summary>The JSON value at a path inside a text column, as text (strings unquoted), or null.</summary>
    public abstract string JsonText(string column, IReadOnlyList<PathSegment> path);

    /// <summary>The JSON value at a path as a number, or null when it is not a number.</summary>
    public abstract string JsonNumber(string column, IReadOnlyList<PathSegment> path);

    /// <summary>The JSON value at a path as a boolean, or null when it is not a boolean.</summary>
    public abstract string JsonBoolean(string column, IReadOnlyList<PathSegment> path);

    public abstract string Length(string text);

    /// <summary>0-based position of <paramref name="part"/> in <paramref name="text"/>, -1 when absent.</summary>
    public abstract string IndexOf(string text, string part);

    /// <summary>Substring with a 0-based start, as in the query language.</summary>
    public abstract string Substring(string text, string start, string? length);

    /// <summary>A part of an instant stored as microseconds since 1970 UTC: year, month, day, hour, minute, second.</summary>
    public abstract string DatePart(string part, string microseconds);

    public abstract string Round(string number);

    /// <summary>The first instant (microseconds) of the UTC calendar month that <paramref name="microseconds"/> falls in.</summary>
    public abstract string MonthStart(string microseconds);

    /// <summary>A geometry argument of a spatial function: a stored GeoJSON column, or a WKT parameter.</summary>
    public abstract string Geometry(string sql, bool isWkt);

    /// <summary>The SQL name of a spatial function of the query language (st_within, geo.distance …).</summary>
    public abstract string SpatialFunction(string name);

    /// <summary>The smaller of two values, where a null counts as absent.</summary>
    public abstract string Least(string left, string right);

    /// <summary>The larger of two values, where a null counts as absent.</summary>
    public abstract string Greatest(string left, string right);

    /// <summary>Division as the query language means it: decimal, not integer division.</summary>
    public abstract string Divide(string left, string right);

    public abstract string Modulo(string left, string right);

    protected static string JsonPointer(IReadOnlyList<PathSegment> path, Func<PathSegment, string> segment, string separator = "") =>
        string.Join(separator, path.Select(segment));

    /// <summary>Names of JSON keys end up in SQL text; only plain names pass, the rest is refused earlier.</summary>
    protected static string SafeKey(string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '@' or '.' or ':')
            ? name
            : throw new ArgumentException($"'{name}' is not a property name that can be queried.", nameof(name));

    private sealed class SqliteDialect : SqlDialect
    {
        public override string True => "1";

        public override string False => "0";

        public override string JsonText(string column, IReadOnlyList<PathSegment> path) =>
            $"json_extract({column}, '${JsonPointer(path, Segment)}')";

        public override string JsonNumber(string column, IReadOnlyList<PathSegment> path) =>
            $"(CASE WHEN json_type({column}, '${JsonPointer(path, Segment)}') IN ('integer', 'real') THEN json_extract({column}, '${JsonPointer(path, Segment)}') END)";

        public override string JsonBoolean(string column, IReadOnlyList<PathSegment> path) =>
            $"(CASE WHEN json_type({column}, '${JsonPointer(path, Segment)}') IN ('true', 'false') THEN json_extract({column}, '${JsonPointer(path, Segment)}') END)";

        public override string Length(string text) => $"length({text})";

        public override string IndexOf(string text, string part) => $"(instr({text}, {part}) - 1)";

        public override string Substring(string text, string start, string? length) =>
            length is null ? $"substr({text}, ({start}) + 1)" : $"substr({text}, ({start}) + 1, {length})";

        public override string DatePart(string part, string microseconds)
        {
            var format = part switch
            {
                "year" => "%Y",
                "month" => "%m",
                "day" => "%d",
                "hour" => "%H",
                "minute" => "%M",
                _ => "%S",
            };
            return $"CAST(strftime('{format}', ({microseconds}) / 1000000, 'unixepoch') AS INTEGER)";
        }

        public override string Round(string number) => $"round({number})";

        public override string MonthStart(string microseconds) =>
            $"(CAST(strftime('%s', strftime('%Y-%m-01', ({microseconds}) / 1000000, 'unixepoch')) AS INTEGER) * 1000000)";

        // The functions registered by SqliteGeoFunctions read GeoJSON and WKT text themselves.
        public override string Geometry(string sql, bool isWkt) => sql;

        public override string SpatialFunction(string name) => name switch
        {
            "geo.intersects" => "st_intersects",
            "geo.distance" => "st_distance",
            "geo.length" => "st_length",
            _ => name,
        };

        public override string Least(string left, string right) => $"min(COALESCE({left}, {right}), COALESCE({right}, {left}))";

        public override string Greatest(string left, string right) => $"max(COALESCE({left}, {right}), COALESCE({right}, {left}))";

        public override string Divide(string left, string right) => $"(CAST({left} AS REAL) / {right})";

        public override string Modulo(string left, string right) => $"({left} % {right})";

        private static string Segment(PathSegment segment) =>
            segment.Index is { } index ? $"[{index.ToString(CultureInfo.InvariantCulture)}]" : "." + Quote(SafeKey(segment.Name));

        private static string Quote(string key) => key.Any(c => c is '-' or '@' or '.' or ':') ? $"\"{key}\"" : key;
    }

    private sealed class PostgresDialect : SqlDialect
    {
        public override string True => "TRUE";

        public override string False => "FALSE";

        public override string JsonText(string column, IReadOnlyList<PathSegment> path) =>
            $"({column}::jsonb #>> '{{{JsonPointer(path, Segment, ",")}}}')";

        public override string JsonNumber(string column, IReadOnlyList<PathSegment> path) =>
            $"(CASE WHEN jsonb_typeof({column}::jsonb #> '{{{JsonPointer(path, Segment, ",")}}}') = 'number' THEN ({column}::jsonb #>> '{{{JsonPointer(path, Segment, ",")}}}')::double precision END)";

        public override string JsonBoolean(string column, IReadOnlyList<PathSegment> path) =>
            $"(CASE WHEN jsonb_typeof({column}::jsonb #> '{{{JsonPointer(path, Segment, ",")}}}') = 'boolean' THEN ({column}::jsonb #>> '{{{JsonPointer(path, Segment, ",")}}}')::boolean END)";

        public override string Length(string text) => $"char_length({text})";

        public override string IndexOf(string text, string part) => $"(strpos({text}, {part}) - 1)";

        public override string Substring(string text, string start, string? length) =>
            length is null ? $"substr({text}, ({start})::int + 1)" : $"substr({text}, ({start})::int + 1, ({length})::int)";

        public override string DatePart(string part, string microseconds) =>
            $"CAST(floor(EXTRACT({part.ToUpperInvariant()} FROM (to_timestamp(({microseconds}) / 1000000.0) AT TIME ZONE 'UTC'))) AS bigint)";

        public override string Round(string number) => $"round(({number})::numeric)";

        public override string MonthStart(string microseconds) =>
            $"(CAST(EXTRACT(EPOCH FROM date_trunc('month', to_timestamp(({microseconds}) / 1000000.0) AT TIME ZONE 'UTC')) AS bigint) * 1000000)";

        public override string Geometry(string sql, bool isWkt) => isWkt
            ? $"ST_GeomFromText({sql}, 4326)"
            : $"ST_SetSRID(ST_GeomFromGeoJSON(CASE WHEN ({sql})::jsonb ->> 'type' = 'Feature' THEN (({sql})::jsonb -> 'geometry')::text ELSE {sql} END), 4326)";

        public override string SpatialFunction(string name) => name switch
        {
            "geo.intersects" => "ST_Intersects",
            "geo.distance" => "ST_Distance",
            "geo.length" => "ST_Length",
            _ => "ST_" + char.ToUpperInvariant(name[3]) + name[4..],
        };

        public override string Least(string left, string right) => $"LEAST({left}, {right})";

        public override string Greatest(string left, string right) => $"GREATEST({left}, {right})";

        public override string Divide(string left, string right) => $"(({left})::double precision / {right})";

        public override string Modulo(string left, string right) => $"mod(({left})::numeric, ({right})::numeric)";

        private static string Segment(PathSegment segment) =>
            segment.Index is { } index ? index.ToString(CultureInfo.InvariantCulture) : SafeKey(segment.Name);
    }
}
