using System.Net;
using System.Net.Http.Headers;
using SkiaSharp;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Participation.Ideas.IdeaTestData;

namespace SmartRegion.Tests.Participation.Ideas;

public abstract class IdeaPhotoTests(SmartRegionApp app)
{
    private static readonly byte[] GpsMarker = "GPSLatitudeRef-Kiel-54.3233N"u8.ToArray();

    /// <summary>A real JPEG with an APP1 (EXIF) segment written in by hand right after the start marker.</summary>
    private static byte[] JpegWithExif()
    {
        using var bitmap = new SKBitmap(64, 48);
        bitmap.Erase(new SKColor(30, 90, 150));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        var jpeg = data.ToArray();
        var payload = "Exif\0\0"u8.ToArray().Concat(GpsMarker).ToArray();
        var length = payload.Length + 2;
        byte[] segment = [0xFF, 0xE1, (byte)(length >> 8), (byte)(length & 0xFF), .. payload];
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    private async Task<HttpResponseMessage> PostWithPhotoAsync(WebSession session, byte[] bytes, string fileName, string alt)
    {
        var token = WebSession.AntiforgeryToken(await session.GetHtmlAsync("/participation/ideas/new"));
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in await ValidFormAsync(app))
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new StringContent(token), "__RequestVerificationToken");
        content.Add(new StringContent(alt), "Input.Alt1");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        content.Add(file, "Input.Photo1", fileName);
        return await session.Client.PostAsync(new Uri("/participation/ideas/new", UriKind.Relative), content);
    }

    [Fact]
    public async Task Photo_JpegWithGpsMetadata_IsServedWithoutIt()
    {
        var original = JpegWithExif();
        Assert.True(original.AsSpan().IndexOf(GpsMarker) > 0);
        using var session = await SignedInAsync(app, "fotografin");

        using var response = await PostWithPhotoAsync(session, original, "brunnen.jpg", "Der leere Platz im Sommer");
        var id = await CreatedIdeaIdAsync(response);

        var html = await session.GetHtmlAsync($"/participation/ideas/{id}");
        var src = System.Text.RegularExpressions.Regex.Match(html, "<img src=\"(/participation/images/[0-9a-f-]+)\"").Groups[1].Value;
        Assert.Contains("alt=\"Der leere Platz im Sommer\"", html, StringComparison.Ordinal);
        using var served = await session.GetAsync(src);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        var bytes = await served.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().IndexOf(GpsMarker) < 0, "The GPS text is still in the served photo.");
        Assert.True(bytes.AsSpan().IndexOf("Exif\0\0"u8) < 0, "The served photo still has an EXIF segment.");
        using var decoded = SKBitmap.Decode(bytes);
        Assert.Equal(64, decoded.Width);
    }

    [Fact]
    public async Task Photo_TextFileNamedJpg_IsRefusedNextToTheField()
    {
        using var session = await SignedInAsync(app, "textdatei");

        using var response = await PostWithPhotoAsync(session, "Das ist kein Bild."u8.ToArray(), "foto.jpg", "Ein Foto");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Foto 1 ist kein Bild im Format JPEG, PNG oder WebP.", ErrorNextTo(await response.Content.ReadAsStringAsync(), "Input_Photo1"));
    }

    [Fact]
    public async Task Photo_LargerThanTheLimit_IsRefusedNextToTheField()
    {
        using var session = await SignedInAsync(app, "riesig");
        var huge = new byte[(8 * 1024 * 1024) + 1];
        JpegWithExif().CopyTo(huge, 0);

        using var response = await PostWithPhotoAsync(session, huge, "riesig.jpg", "Ein großes Foto");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Foto 1 ist größer als 8 MB.", ErrorNextTo(await response.Content.ReadAsStringAsync(), "Input_Photo1"));
    }

    [Fact]
    public async Task Photo_WithoutDescription_IsRefusedNextToTheDescription()
    {
        using var session = await SignedInAsync(app, "ohne-alt");

        using var response = await PostWithPhotoAsync(session, JpegWithExif(), "foto.jpg", "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("beschreiben Sie Foto 1", ErrorNextTo(await response.Content.ReadAsStringAsync(), "Input_Alt1"), StringComparison.Ordinal);
    }
}

public sealed class IdeaPhotoTestsOnSqlite(SqliteApp app) : IdeaPhotoTests(app), IClassFixture<SqliteApp>;

public sealed class IdeaPhotoTestsOnPostgres(PostgresApp app) : IdeaPhotoTests(app), IClassFixture<PostgresApp>;
