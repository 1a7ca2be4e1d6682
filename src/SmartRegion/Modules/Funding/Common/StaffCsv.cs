using System.Text;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Common;

/// <summary>
/// The CSV exports of a call for the jury meeting (<c>/funding/calls/{id}/{name}.csv</c>): only for staff of the
/// call's area, cells made safe against formula injection and sent as a download by <see cref="CsvCells"/>.
/// </summary>
internal static class StaffCsv
{
    public delegate Task<IEnumerable<string[]>> RowsOf(FundingCall call, IServiceProvider services, CancellationToken cancellationToken);

    public static void MapStaffCsv(this WebApplication app, string name, string[] columns, RowsOf rows) =>
        app.MapGet($"/funding/calls/{{id:int}}/{name}.csv", async (int id, HttpContext context, CallCatalog calls, FundingAccess access, CancellationToken cancellationToken) =>
        {
            var call = await calls.FindAsync(id, cancellationToken);
            if (call is null)
            {
                return Results.NotFound();
            }

            if (context.User.Identity?.IsAuthenticated != true)
            {
                return Results.Challenge();
            }

            if (!await access.IsEditorAsync(context.User, call.AreaId, cancellationToken))
            {
                return Results.Forbid();
            }

            var csv = new StringBuilder();
            CsvCells.AppendRow(csv, columns);
            foreach (var row in await rows(call, context.RequestServices, cancellationToken))
            {
                CsvCells.AppendRow(csv, row);
            }

            return CsvCells.Download(context, csv, $"funding-call-{id}-{name}.csv");
        }).ExcludeFromDescription();
}
