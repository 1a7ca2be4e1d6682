using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SmartRegion.Modules.Sensing.Storage;

/// <summary>
/// Imports Observations of one Datastream from CSV: a header row naming the columns (<c>phenomenonTime</c>,
/// <c>result</c>, optionally <c>resultTime</c>), then one row per Observation. The whole file is one transaction:
/// a bad row stops the import with its line number and nothing is stored. Results that read as numbers or
/// true/false are stored as such; anything else as text.
/// </summary>
internal static class CsvObservationImport
{
    private const int FlushEvery = 5_000;

    // Text results are stored as received would be: ä stays ä, not \u00E4.
    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    public static async Task<long> ImportAsync(EntityCreator creator, long datastream, TextReader csv, Action<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(creator);
        ArgumentNullException.ThrowIfNull(csv);
        if (!await creator.ExistsAsync("sta_datastreams", datastream, cancellationToken))
        {
            throw WriteException.Missing("Datastream", datastream);
        }

        var header = ReadRow(await csv.ReadLineAsync(cancellationToken)) ?? throw WriteException.Invalid("line 1", "the file is empty; a header row is expected");
        var time = header.IndexOf("phenomenonTime");
        var result = header.IndexOf("result");
        var resultTime = header.IndexOf("resultTime");
        if (time < 0 || result < 0)
        {
            throw WriteException.Invalid("line 1", "the header must name the columns phenomenonTime and result");
        }

        long count = 0;
        var line = 1;
        while (await csv.ReadLineAsync(cancellationToken) is { } text)
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }

            var at = $"line {line}";
            var row = ReadRow(text)!;
            if (row.Count != header.Count)
            {
                throw WriteException.Invalid(at, $"{row.Count} values, but the header names {header.Count} columns");
            }

            var columns = new Dictionary<string, object?>(StringComparer.Ordinal) { ["datastream_id"] = datastream };
            var (start, end) = SensingTime.Parse(row[time], allowInterval: true, out var error) ?? throw WriteException.Invalid(at + ", phenomenonTime", error!);
            columns["phenomenon_time_start"] = start;
            columns["phenomenon_time_end"] = end;
            if (resultTime >= 0 && row[resultTime].Length > 0)
            {
                columns["result_time"] = (SensingTime.Parse(row[resultTime], allowInterval: false, out error) ?? throw WriteException.Invalid(at + ", resultTime", error!)).Start;
            }

            SetResult(columns, row[result]);
            await creator.CreateObservationAsync(columns, at, cancellationToken);
            if (++count % FlushEvery == 0)
            {
                await creator.FlushObservationsAsync(cancellationToken);
                progress?.Invoke(count);
            }
        }

        await creator.FlushObservationsAsync(cancellationToken);
        await creator.FlushStreamTimesAsync(cancellationToken);
        progress?.Invoke(count);
        return count;
    }

    private static void SetResult(Dictionary<string, object?> columns, string text)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            columns["result_json"] = JsonSerializer.Serialize(number);
            columns["result_number"] = number;
        }
        else if (text is "true" or "false")
        {
            columns["result_json"] = text;
            columns["result_boolean"] = text == "true";
        }
        else
        {
            columns["result_json"] = JsonSerializer.Serialize(text, ReadableJson);
            columns["result_string"] = text;
        }
    }

    /// <summary>One CSV row (RFC 4180: commas, double quotes, doubled quotes inside quotes); null at the end of the file.</summary>
    private static List<string>? ReadRow(string? line)
    {
        if (line is null)
        {
            return null;
        }

        var values = new List<string>();
        var value = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    value.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    value.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                values.Add(value.ToString());
                value.Clear();
            }
            else
            {
                value.Append(c);
            }
        }

        values.Add(value.ToString());
        return values;
    }
}
