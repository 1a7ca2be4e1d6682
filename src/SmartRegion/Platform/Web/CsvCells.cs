using System.Text;

namespace SmartRegion.Platform.Web;

/// <summary>CSV for spreadsheets: every cell quoted, and defused against formula injection.</summary>
public static class CsvCells
{
    /// <summary>
    /// Quoted, and defused: a spreadsheet would run a cell starting with = + - @ (or a tab or return) as a
    /// formula, so such a cell starts with an apostrophe instead.
    /// </summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Appends one row, ended with CRLF as RFC 4180 has it.</summary>
    public static void AppendRow(StringBuilder csv, IEnumerable<string> cells)
    {
        ArgumentNullException.ThrowIfNull(csv);
        csv.AppendJoin(',', cells.Select(Cell));
        csv.Append("\r\n");
    }

    /// <summary>The table as a download, UTF-8 with a byte order mark so that spreadsheets read the umlauts.</summary>
    public static IResult Download(HttpContext context, StringBuilder csv, string fileName)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(csv);
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        return Results.Text(csv.ToString(), "text/csv; charset=utf-8", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }
}
