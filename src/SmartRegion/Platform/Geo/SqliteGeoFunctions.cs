using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NetTopologySuite.Geometries;

namespace SmartRegion.Platform.Geo;

/// <summary>
/// The OGC simple-feature functions that PostGIS has, registered on every SQLite connection and computed with
/// NetTopologySuite, so both engines answer the same geospatial filters. Arguments are GeoJSON or WKT text; a
/// null or unreadable geometry gives null, as in SQL.
/// </summary>
public sealed class SqliteGeoFunctions : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    public static void Register(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return;
        }

        Predicate(sqlite, "st_equals", (a, b) => a.EqualsTopologically(b));
        Predicate(sqlite, "st_disjoint", (a, b) => a.Disjoint(b));
        Predicate(sqlite, "st_touches", (a, b) => a.Touches(b));
        Predicate(sqlite, "st_within", (a, b) => a.Within(b));
        Predicate(sqlite, "st_overlaps", (a, b) => a.Overlaps(b));
        Predicate(sqlite, "st_crosses", (a, b) => a.Crosses(b));
        Predicate(sqlite, "st_intersects", (a, b) => a.Intersects(b));
        Predicate(sqlite, "st_contains", (a, b) => a.Contains(b));
        sqlite.CreateFunction("st_relate", (string? a, string? b, string? pattern) =>
            GeometryText.Read(a) is { } left && GeometryText.Read(b) is { } right && pattern is not null ? (bool?)left.Relate(right, pattern) : null, isDeterministic: true);
        sqlite.CreateFunction("st_distance", (string? a, string? b) =>
            GeometryText.Read(a) is { } left && GeometryText.Read(b) is { } right ? (double?)left.Distance(right) : null, isDeterministic: true);
        sqlite.CreateFunction("st_length", (string? a) => GeometryText.Read(a) is { } geometry ? (double?)geometry.Length : null, isDeterministic: true);
    }

    private static void Predicate(SqliteConnection connection, string name, Func<Geometry, Geometry, bool> test) =>
        connection.CreateFunction(name, (string? a, string? b) =>
            GeometryText.Read(a) is { } left && GeometryText.Read(b) is { } right ? (bool?)test(left, right) : null, isDeterministic: true);
}
