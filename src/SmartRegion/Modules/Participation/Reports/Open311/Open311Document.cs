using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace SmartRegion.Modules.Participation.Reports.Open311;

/// <summary>
/// One Open311 answer as a small tree, written either as JSON or as XML. GeoReport names the XML elements of
/// every list and every list item, so a list carries both names; JSON simply drops them.
/// </summary>
public abstract record Open311Node;

/// <summary>An object: named fields in the order the specification lists them.</summary>
public sealed record Open311Object(string ElementName, IReadOnlyList<KeyValuePair<string, object?>> Fields) : Open311Node;

/// <summary>A list: objects, or plain texts each written in an element named <paramref name="ItemName"/>.</summary>
public sealed record Open311List(string ElementName, string ItemName, IReadOnlyList<object> Items) : Open311Node;

public static class Open311Document
{
    public const string JsonType = "application/json; charset=utf-8";
    public const string XmlType = "text/xml; charset=utf-8";

    public static IResult Result(Open311Node root, string format, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(root);
        return format == "xml"
            ? Results.Text(ToXml(root), XmlType, Encoding.UTF8, status)
            : Results.Text(ToJson(root), JsonType, Encoding.UTF8, status);
    }

    /// <summary>The specification's error answer: a list of codes with descriptions, under the HTTP status given.</summary>
    public static IResult Error(string format, int status, string description) =>
        Result(new Open311List("errors", "error", [Fields("error", ("code", status), ("description", description))]), format, status);

    /// <summary>
    /// The rate limiter's refusal of a POST, written in the error shape and in the format the path asks for, so an
    /// Open311 client can read it like any other error (the platform has already set 429 and Retry-After).
    /// </summary>
    public static Task WriteTooManyRequestsAsync(HttpContext context, int retryAfterSeconds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var xml = context.GetRouteValue("format") as string == "xml";
        var errors = new Open311List("errors", "error", [Fields(
            "error",
            ("code", StatusCodes.Status429TooManyRequests),
            ("description", $"Too many requests from this address; try again in {retryAfterSeconds.ToString(CultureInfo.InvariantCulture)} seconds."))]);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.ContentType = xml ? XmlType : JsonType;
        return context.Response.WriteAsync(xml ? ToXml(errors) : ToJson(errors), Encoding.UTF8, cancellationToken);
    }

    public static Open311Object Fields(string elementName, params (string Name, object? Value)[] fields) =>
        new(elementName, [.. fields.Select(f => new KeyValuePair<string, object?>(f.Name, f.Value))]);

    /// <summary>W3C date and time with the offset, as GeoReport requires.</summary>
    public static string DateTimeText(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string ToJson(Open311Node root)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteJson(writer, root);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string ToXml(Open311Node root)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument();
            WriteXml(writer, ElementNameOf(root), root);
            writer.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>XML cannot carry some control characters at all (JSON can); they are dropped rather than failing the answer.</summary>
    private static string XmlSafe(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : string.Concat(text.Where(XmlConvert.IsXmlChar));

    private static string ElementNameOf(Open311Node node) => node switch
    {
        Open311Object o => o.ElementName,
        Open311List l => l.ElementName,
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static void WriteJson(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case Open311Object item:
                writer.WriteStartObject();
                foreach (var (name, fieldValue) in item.Fields)
                {
                    writer.WritePropertyName(name);
                    WriteJson(writer, fieldValue);
                }

                writer.WriteEndObject();
                break;
            case Open311List list:
                writer.WriteStartArray();
                foreach (var entry in list.Items)
                {
                    WriteJson(writer, entry);
                }

                writer.WriteEndArray();
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case DateTimeOffset moment:
                writer.WriteStringValue(DateTimeText(moment));
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteXml(XmlWriter writer, string elementName, object? value)
    {
        writer.WriteStartElement(elementName);
        switch (value)
        {
            case null:
                break;
            case Open311Object item:
                foreach (var (name, fieldValue) in item.Fields)
                {
                    WriteXml(writer, name, fieldValue);
                }

                break;
            case Open311List list:
                foreach (var entry in list.Items)
                {
                    WriteXml(writer, entry is Open311Object inner ? inner.ElementName : list.ItemName, entry);
                }

                break;
            case bool flag:
                writer.WriteString(flag ? "true" : "false");
                break;
            case double number:
                writer.WriteString(number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset moment:
                writer.WriteString(DateTimeText(moment));
                break;
            default:
                writer.WriteString(XmlSafe(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
                break;
        }

        writer.WriteEndElement();
    }
}
