using System.Globalization;
using SmartRegion.SensorThings.Query;

namespace SmartRegion.Modules.Sensing.Storage;

/// <summary>
/// Time in filters. Instants are microseconds since 1970 UTC on both engines, so a date and a time of day are
/// plain integer arithmetic, and an interval is its start and end column.
/// </summary>
internal sealed partial class FilterTranslator
{
    private static readonly string MicrosecondsPerDay = (86_400L * 1_000_000).ToString(CultureInfo.InvariantCulture);

    /// <summary>The first instant of the UTC day of <paramref name="microseconds"/>.</summary>
    private static string DateOf(string microseconds) => $"(({microseconds}) - {TimeOfDayOf(microseconds)})";

    /// <summary>
    /// Microseconds since midnight UTC. Both engines' <c>%</c> keeps the sign of the dividend, so instants before
    /// 1970 are brought into [0, one day) by adding a day and taking the remainder again.
    /// </summary>
    private static string TimeOfDayOf(string microseconds) =>
        $"(((({microseconds}) % {MicrosecondsPerDay}) + {MicrosecondsPerDay}) % {MicrosecondsPerDay})";

    /// <summary>
    /// Compares two points in time of which at least one is an interval. Each side is a span from its start to its
    /// end (an instant starts and ends at once): <c>eq</c> means the same start and end, <c>ne</c> its negation;
    /// <c>lt</c> lies wholly before the other (ends no later than the other starts, and starts earlier),
    /// <c>gt</c> wholly after; <c>le</c> starts and ends no later than the other, <c>ge</c> no earlier. Against
    /// an instant this is, for an interval: lt end ≤ t and start &lt; t, le end ≤ t, gt start &gt; t, ge start ≥ t.
    /// </summary>
    private static string CompareSpans(BinaryOperator op, SqlFragment left, SqlFragment right)
    {
        var (s1, e1, s2, e2) = (left.For(SqlType.Time), left.End, right.For(SqlType.Time), right.End);

        // Where one side is an instant, the general rule loses a redundant half; the shorter form also lets the
        // index on the start column serve it.
        return op switch
        {
            BinaryOperator.Equal => $"({s1} = {s2} AND {e1 ?? s1} = {e2 ?? s2})",
            BinaryOperator.NotEqual => $"({s1} <> {s2} OR {e1 ?? s1} <> {e2 ?? s2})",
            BinaryOperator.LessThan when e1 is null => $"({s1} < {s2})",
            BinaryOperator.LessThan => $"({e1} <= {s2} AND {s1} < {s2})",
            BinaryOperator.GreaterThan when e2 is null => $"({s1} > {s2})",
            BinaryOperator.GreaterThan => $"({s1} >= {e2} AND {s1} > {s2})",
            BinaryOperator.LessOrEqual when e1 is null => $"({s1} <= {s2})",
            BinaryOperator.LessOrEqual when e2 is null => $"({e1} <= {s2})",
            BinaryOperator.LessOrEqual => $"({s1} <= {s2} AND {e1} <= {e2})",
            BinaryOperator.GreaterOrEqual when e1 is null => $"({s1} >= {e2})",
            BinaryOperator.GreaterOrEqual when e2 is null => $"({s1} >= {s2})",
            _ => $"({s1} >= {s2} AND {e1} >= {e2})",
        };
    }
}
