namespace SmartRegion.SensorThings.Query;

/// <summary>The functions of SensorThings 1.1 and how many arguments each takes.</summary>
internal static class Functions
{
    private static readonly Dictionary<string, (int Min, int Max)> Arities = new(StringComparer.Ordinal)
    {
        ["substringof"] = (2, 2),
        ["endswith"] = (2, 2),
        ["startswith"] = (2, 2),
        ["length"] = (1, 1),
        ["indexof"] = (2, 2),
        ["substring"] = (2, 3),
        ["tolower"] = (1, 1),
        ["toupper"] = (1, 1),
        ["trim"] = (1, 1),
        ["concat"] = (2, 2),
        ["year"] = (1, 1),
        ["month"] = (1, 1),
        ["day"] = (1, 1),
        ["hour"] = (1, 1),
        ["minute"] = (1, 1),
        ["second"] = (1, 1),
        ["fractionalseconds"] = (1, 1),
        ["date"] = (1, 1),
        ["time"] = (1, 1),
        ["totaloffsetminutes"] = (1, 1),
        ["now"] = (0, 0),
        ["mindatetime"] = (0, 0),
        ["maxdatetime"] = (0, 0),
        ["round"] = (1, 1),
        ["floor"] = (1, 1),
        ["ceiling"] = (1, 1),
        ["geo.distance"] = (2, 2),
        ["geo.length"] = (1, 1),
        ["geo.intersects"] = (2, 2),
        ["st_equals"] = (2, 2),
        ["st_disjoint"] = (2, 2),
        ["st_touches"] = (2, 2),
        ["st_within"] = (2, 2),
        ["st_overlaps"] = (2, 2),
        ["st_crosses"] = (2, 2),
        ["st_intersects"] = (2, 2),
        ["st_contains"] = (2, 2),
        ["st_relate"] = (3, 3),
    };

    public static IReadOnlyDictionary<string, (int Min, int Max)> All => Arities;

    public static bool TryGetArity(string name, out (int Min, int Max) arity) => Arities.TryGetValue(name, out arity);

    public static string DescribeArity((int Min, int Max) arity) => arity switch
    {
        (0, 0) => "no arguments",
        (1, 1) => "1 argument",
        var (min, max) when min == max => $"{min} arguments",
        var (min, max) => $"{min} or {max} arguments",
    };
}
