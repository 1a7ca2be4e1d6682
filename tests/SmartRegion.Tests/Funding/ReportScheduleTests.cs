using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Pilots;

namespace SmartRegion.Tests.Funding;

/// <summary>The report schedule a call sets for its pilots: interim reports every so many months, a final report at the end.</summary>
public sealed class ReportScheduleTests
{
    private static List<(ReportKind Kind, DateOnly DueOn)> Schedule(int? interimMonths, bool final, DateOnly start, DateOnly end) =>
        [.. PilotFounding.Schedule(new FundingCall { InterimReportMonths = interimMonths, FinalReportAtProjectEnd = final }, start, end)];

    [Fact]
    public void InterimReports_ComeEverySoManyMonthsBeforeTheEnd_WithoutDrift_ThenTheFinalReport()
    {
        var schedule = Schedule(6, final: true, new DateOnly(2027, 8, 31), new DateOnly(2029, 2, 28));

        Assert.Equal(
            [
                (ReportKind.Interim, new DateOnly(2028, 2, 29)),
                (ReportKind.Interim, new DateOnly(2028, 8, 31)),
                (ReportKind.Final, new DateOnly(2029, 2, 28)),
            ],
            schedule);
    }

    [Fact]
    public void InterimReport_OnTheEndDay_IsLeftOut_WhenTheFinalReportIsDue()
    {
        Assert.Equal([(ReportKind.Final, new DateOnly(2028, 1, 1))], Schedule(6, final: true, new DateOnly(2027, 7, 1), new DateOnly(2028, 1, 1)));
        Assert.Equal([(ReportKind.Interim, new DateOnly(2028, 1, 1))], Schedule(6, final: false, new DateOnly(2027, 7, 1), new DateOnly(2028, 1, 1)));
    }

    [Fact]
    public void WithoutFinalReport_AShortProjectStillReportsOnce_AndALongOneEveryInterval()
    {
        Assert.Equal([(ReportKind.Interim, new DateOnly(2027, 7, 1))], Schedule(6, final: false, new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 1)));
        Assert.Equal(
            [(ReportKind.Interim, new DateOnly(2027, 4, 1)), (ReportKind.Interim, new DateOnly(2027, 7, 1)), (ReportKind.Interim, new DateOnly(2027, 10, 1))],
            Schedule(3, final: false, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 1)));
        Assert.Empty(Schedule(null, final: false, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 1)));
    }
}
