using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common.Audit;
using SmartRegion.Modules.Funding.Decisions;
using SmartRegion.Modules.Funding.Pilots;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Funding.Demo;

/// <summary>
/// Demo content (<c>Demo__Seed</c>): an open call "Strategische Piloten" of the whole region with one application
/// in every state, from draft to approved and rejected, each with the reference number, frozen copy, audit trail
/// and decision the real steps would have left. Invented applicants, everything marked "(Demo)". Runs once.
/// </summary>
internal sealed class FundingDemoSeed(RegionDirectory directory, TimeProvider clock) : IStartupSeed
{
    public const string OpenCallTitle = "Strategische Piloten 2027 (Demo)";

    public bool IsDemoContent => true;

    public async Task SeedAsync(SmartRegionDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var region = await directory.AreaIdAsync("kielregion", cancellationToken);
        var gaarden = await directory.AreaIdAsync("kiel-gaarden-ost", cancellationToken);
        var laboe = await directory.AreaIdAsync("laboe", cancellationToken);
        var ploen = await directory.AreaIdAsync("stadt-ploen", cancellationToken);
        var eckernfoerde = await directory.AreaIdAsync("eckernfoerde", cancellationToken);
        if (region is null || gaarden is null || laboe is null || ploen is null || eckernfoerde is null
            || await db.Set<FundingCall>().AnyAsync(c => c.TitleDe == OpenCallTitle, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var association = DemoAccounts.Create("nachbarschaft.demo@smartregion.invalid", "Nachbarschaftstreff Gaarden (Demo)", now);
        var initiative = DemoAccounts.Create("strandgut.demo@smartregion.invalid", "Initiative Strandgut Probstei (Demo)", now);
        var person = DemoAccounts.Create("lena.demo@smartregion.invalid", "Lena Muster (Demo)", now);
        var office = DemoAccounts.Create("geschaeftsstelle.demo@smartregion.invalid", "Geschäftsstelle Förderfonds (Demo)", now);
        db.Users.AddRange(association, initiative, person, office);

        var call = FundingDemoContent.OpenCall(region.Value, now);
        db.Add(call);
        await db.SaveChangesAsync(cancellationToken);

        var steps = new DemoSteps(db, call, office.Id, now);
        steps.Draft(person.Id, "Sensorbojen für die Schwentinemündung (Demo)", "Lena Muster", ApplicantType.Person, gaarden.Value, 12_000m, daysAgo: 2);
        steps.Submit(association.Id, "Digitale Sprechstunde im Stadtteil (Demo)", "Nachbarschaftstreff Gaarden e. V. (Demo)", ApplicantType.Association, gaarden.Value, 18_000m, daysAgo: 9);
        var asked = steps.Submit(initiative.Id, "Lastenrad-Verleih mit Buchungsseite (Demo)", "Initiative Strandgut Probstei (Demo)", ApplicantType.Initiative, laboe.Value, 9_500m, daysAgo: 8);
        steps.Ask(asked, "Wo stehen die Lastenräder über Nacht, und wer wartet sie?", daysAgo: 3);
        var ineligible = steps.Submit(person.Id, "Rabatt-App für den Einzelhandel (Demo)", "Lena Muster", ApplicantType.Person, eckernfoerde.Value, 35_000m, daysAgo: 7);
        steps.Move(ineligible, ApplicationState.Ineligible, "ineligible", "Der Aufruf fördert keine Werbung für einzelne Unternehmen.", daysAgo: 4);
        var withdrawn = steps.Submit(association.Id, "Seepegel-Anzeige am Großen Plöner See (Demo)", "Nachbarschaftstreff Gaarden e. V. (Demo)", ApplicantType.Association, ploen.Value, 15_000m, daysAgo: 7);
        steps.Move(withdrawn, ApplicationState.Withdrawn, "withdrawn", null, daysAgo: 5);
        var approved = steps.Submit(initiative.Id, "Offene Strandmüll-Daten Probstei (Demo)", "Initiative Strandgut Probstei (Demo)", ApplicantType.Initiative, laboe.Value, 24_000m, daysAgo: 6);
        steps.Decide(approved, DecisionOutcome.Approved, 22_000m, "Die Daten werden unter einer offenen Lizenz auf der Datenplattform veröffentlicht.", daysAgo: 1);
        var rejected = steps.Submit(person.Id, "Smarte Parkbank am Hafen (Demo)", "Lena Muster", ApplicantType.Person, eckernfoerde.Value, 8_000m, daysAgo: 6);
        steps.Decide(rejected, DecisionOutcome.Rejected, null, "Ein vergleichbares Vorhaben wird bereits aus Mitteln der Stadt gefördert.", daysAgo: 1);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Leaves the traces the application desk would leave: numbers, frozen copies, trail entries, decisions.</summary>
    private sealed class DemoSteps(SmartRegionDb db, FundingCall call, Guid staff, DateTime now)
    {
        public FundingApplication Draft(Guid applicant, string title, string name, ApplicantType type, int areaId, decimal grant, int daysAgo)
        {
            var at = now.AddDays(-daysAgo);
            var application = new FundingApplication
            {
                CallId = call.Id,
                ApplicantId = applicant,
                Title = title,
                ApplicantName = name,
                ApplicantType = type,
                AreaId = areaId,
                GrantRequested = grant,
                Answers = FundingDemoContent.Answers(title, grant, at),
                State = ApplicationState.Draft,
                CreatedAt = at,
                UpdatedAt = at,
            };
            db.Add(application);
            db.SaveChanges();
            Trail(application, "drafted", null, ApplicationState.Draft, applicant, null, at);
            return application;
        }

        public FundingApplication Submit(Guid applicant, string title, string name, ApplicantType type, int areaId, decimal grant, int daysAgo)
        {
            var application = Draft(applicant, title, name, type, areaId, grant, daysAgo + 1);
            var at = now.AddDays(-daysAgo);
            call.LastReferenceNumber++;
            var reference = string.Create(CultureInfo.InvariantCulture, $"{call.ReferencePrefix}-{BerlinTime.ToLocal(call.OpensAt).Year}-{call.LastReferenceNumber:0000}");
            application.State = ApplicationState.Submitted;
            application.ReferenceNumber = reference;
            application.SubmittedAt = at;
            application.UpdatedAt = at;
            db.Add(new ApplicationVersion { ApplicationId = application.Id, Number = 1, CreatedAt = at, Snapshot = ApplicationDesk.Snapshot(application, reference, at) });
            Trail(application, "submitted", ApplicationState.Draft, ApplicationState.Submitted, applicant, reference, at);
            return application;
        }

        public void Ask(FundingApplication application, string question, int daysAgo)
        {
            var at = now.AddDays(-daysAgo);
            db.Add(new ApplicationClarification { ApplicationId = application.Id, Question = question, AskedBy = staff, AskedAt = at });
            Move(application, ApplicationState.ClarificationRequested, "clarification", question, daysAgo);
        }

        public void Move(FundingApplication application, ApplicationState to, string action, string? note, int daysAgo)
        {
            var at = now.AddDays(-daysAgo);
            var from = application.State;
            application.State = to;
            application.UpdatedAt = at;
            if (to == ApplicationState.Ineligible)
            {
                application.IneligibleReason = note;
            }

            Trail(application, action, from, to, to == ApplicationState.Withdrawn ? application.ApplicantId : staff, note, at);
        }

        public void Decide(FundingApplication application, DecisionOutcome outcome, decimal? grant, string reason, int daysAgo)
        {
            call.DecisionCount++;
            call.ApprovedTotal += grant ?? 0;
            db.Add(new FundingDecision
            {
                ApplicationId = application.Id,
                CallId = call.Id,
                Outcome = outcome,
                GrantedAmount = grant,
                Reason = reason,
                NoticeNumber = call.DecisionCount,
                DecidedBy = staff,
                DecidedAt = now.AddDays(-daysAgo),
            });
            var note = grant?.ToString("0.00", CultureInfo.InvariantCulture) ?? reason;
            Move(application, outcome == DecisionOutcome.Approved ? ApplicationState.Approved : ApplicationState.Rejected, outcome == DecisionOutcome.Approved ? "approved" : "rejected", note, daysAgo);
            if (grant is { } granted)
            {
                // As in the real decision, an approval founds its pilot.
                var decidedAt = now.AddDays(-daysAgo);
                db.Add(PilotFounding.Plan(call, application, application.Answers, granted, decidedAt));
                db.Add(new FundingAuditEntry { CallId = call.Id, ApplicationId = application.Id, Action = "pilot-started", ToState = nameof(PilotStatus.Running), ActorId = staff, At = decidedAt });
            }
        }

        private void Trail(FundingApplication application, string action, ApplicationState? from, ApplicationState to, Guid? actor, string? note, DateTime at) =>
            db.Add(new FundingAuditEntry
            {
                CallId = call.Id,
                ApplicationId = application.Id,
                Action = action,
                FromState = from?.ToString(),
                ToState = to.ToString(),
                ActorId = actor,
                At = at,
                Note = note,
            });
    }
}
