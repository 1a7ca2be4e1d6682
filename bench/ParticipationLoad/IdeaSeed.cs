using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SmartRegion.Bench;

/// <summary>
/// Writes the plan's ideas, supports and comments straight into the tables (COPY on PostgreSQL, prepared INSERTs
/// in large transactions on SQLite), with the ideas' support and comment counters matching the rows, as the
/// platform keeps them.
/// </summary>
internal static class IdeaSeed
{
    private static readonly string[] Words =
        ["Fahrradbügel", "Sitzbänke", "Spielplatz", "Beleuchtung", "Bäume", "Müllbehälter", "Trinkbrunnen", "Zebrastreifen", "Radweg", "Stadtteilgarten", "Bushaltestelle", "Strandzugang"];

    private static readonly string[] Statuses = ["Received", "Received", "Received", "UnderReview", "Accepted", "Rejected", "Implemented"];

    public static async Task<int> RunAsync(string provider, string connectionString, SeedPlan plan)
    {
        await using DbConnection connection = provider == "Postgres" ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var areas = await ListAsync<long>(connection, "SELECT \"Id\" FROM \"Areas\" ORDER BY \"Id\"");
        var fields = await ListAsync<string>(connection, "SELECT \"Key\" FROM \"Fields\" ORDER BY \"Key\"");
        var firstIdea = (int)(await ListAsync<long>(connection, "SELECT COALESCE(MAX(\"Id\"), 0) FROM \"Ideas\""))[0] + 1;
        var firstComment = (await ListAsync<long>(connection, "SELECT COALESCE(MAX(\"Id\"), 0) FROM \"Comments\""))[0] + 1;
        var supports = plan.SupportsPerIdea();
        var comments = plan.CommentsPerIdea();
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var clock = Stopwatch.StartNew();

        await using (var ideas = RowWriter.Open(connection, "Ideas",
            ["Id", "AreaId", "FieldKey", "Title", "Body", "Language", "Latitude", "Longitude", "AuthorId", "CreatedAt", "Status", "SupportCount", "CommentCount"]))
        {
            for (var i = 0; i < plan.Ideas; i++)
            {
                var word = Words[i % Words.Length];
                await ideas.WriteAsync(
                    firstIdea + i, areas[i * 31 % areas.Count], fields[i % fields.Count], $"{word} für das Quartier Nr. {i}",
                    $"Vorschlag {i}: mehr {word} im Stadtteil, damit der Alltag leichter wird. Viele Nachbarinnen und Nachbarn wünschen sich das seit Langem.",
                    "de", 54.0 + (i * 0.6180339887 % 1.0) * 0.55, 9.5 + (i * 0.4142135623 % 1.0) * 1.3, SeedPlan.Account(i % SeedPlan.Accounts),
                    start.AddMinutes(i * 7), Statuses[i % Statuses.Length], supports[i], comments[i]);
            }
        }

        await using (var rows = RowWriter.Open(connection, "IdeaSupports", ["IdeaId", "AccountId", "CreatedAt"]))
        {
            for (var i = 0; i < plan.Ideas; i++)
            {
                for (var s = 0; s < supports[i]; s++)
                {
                    await rows.WriteAsync(firstIdea + i, SeedPlan.Account((i + s) % SeedPlan.Accounts), start.AddMinutes((i * 7) + s + 1));
                }
            }
        }

        var commentId = firstComment;
        await using (var rows = RowWriter.Open(connection, "Comments", ["Id", "SubjectKind", "SubjectId", "ParentId", "AuthorId", "Body", "Language", "CreatedAt"]))
        {
            for (var i = 0; i < plan.Ideas; i++)
            {
                for (var c = 0; c < comments[i]; c++)
                {
                    // Every fourth comment answers the one before it, so threads have replies.
                    object? parent = c % 4 == 3 ? commentId - 1 : null;
                    await rows.WriteAsync(commentId, "idea", firstIdea + i, parent, SeedPlan.Account((i * 3 + c) % SeedPlan.Accounts),
                        $"Kommentar {c} zu Vorschlag {i}: Das sehe ich ähnlich, besonders abends.", "de", start.AddMinutes((i * 7) + c + 2));
                    commentId++;
                }

            }
        }

        if (connection is NpgsqlConnection)
        {
            await ExecuteAsync(connection, "SELECT setval(pg_get_serial_sequence('\"Ideas\"', 'Id'), (SELECT MAX(\"Id\") FROM \"Ideas\"))");
            await ExecuteAsync(connection, "SELECT setval(pg_get_serial_sequence('\"Comments\"', 'Id'), (SELECT MAX(\"Id\") FROM \"Comments\"))");
            await ExecuteAsync(connection, "VACUUM ANALYZE \"Ideas\"");
            await ExecuteAsync(connection, "VACUUM ANALYZE \"IdeaSupports\"");
            await ExecuteAsync(connection, "VACUUM ANALYZE \"Comments\"");
        }
        else
        {
            await ExecuteAsync(connection, "ANALYZE");
        }

        Console.Error.WriteLine($"seeded {plan.Ideas} ideas, {supports.Sum()} supports, {comments.Sum()} comments in {clock.Elapsed.TotalSeconds:F0} s");
        Console.WriteLine(firstIdea);
        return 0;
    }

    private static async Task<List<T>> ListAsync<T>(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Fixed statements of this tool.
        command.CommandText = sql;
#pragma warning restore CA2100
        var values = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add((T)Convert.ChangeType(reader.GetValue(0), typeof(T), CultureInfo.InvariantCulture));
        }

        return values;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Fixed statements of this tool.
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
