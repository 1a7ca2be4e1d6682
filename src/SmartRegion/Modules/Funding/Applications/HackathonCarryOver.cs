using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Projects.Queries;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Funding.Applications;

public enum CarryOverRefusal
{
    None,
    NoSuchSubmission,
    NotAMember,
    NoPlace,
}

/// <summary>
/// A winning hackathon team carries its result into a funding application: a member of a team with a published
/// place 1–3 picks an open call and gets a draft with the project title and the call's first long-text question
/// filled in. The result is read through the Projects module's <see cref="HackathonSubmissionDirectory"/>; the draft is
/// made by <see cref="ApplicationDesk.CreateDraftAsync"/>, so every rule of a draft holds.
/// </summary>
public sealed class HackathonCarryOver(HackathonSubmissionDirectory submissions, CallCatalog calls, ApplicationDesk desk, IStringLocalizer<SharedTexts> texts)
{
    public static string LinkTo(int submissionId) => $"/funding/from-hackathon/{submissionId}";

    /// <summary>The submission, and why the person may not carry it over (members of a team with a published place only).</summary>
    public async Task<(HackathonSubmissionInfo? Submission, CarryOverRefusal Refusal)> FindAsync(int submissionId, Guid accountId, CancellationToken cancellationToken)
    {
        var submission = await submissions.FindAsync(submissionId, cancellationToken);
        if (submission is null)
        {
            return (null, CarryOverRefusal.NoSuchSubmission);
        }

        if (!submission.IsMember(accountId))
        {
            return (submission, CarryOverRefusal.NotAMember);
        }

        return (submission, submission.Place is null ? CarryOverRefusal.NoPlace : CarryOverRefusal.None);
    }

    public static string TextKey(CarryOverRefusal refusal) => $"Funding.FromHackathon.Refusal.{refusal}";

    /// <summary>The calls that take applications now, the soonest closing first.</summary>
    public async Task<List<FundingCall>> OpenCallsAsync(CancellationToken cancellationToken) =>
        [.. (await calls.PublishedAsync(cancellationToken)).Where(c => c.TakesApplicationsAt(calls.Now))];

    /// <summary>A published call by id, or null; whether it is open is the desk's question, which answers with its own message.</summary>
    public async Task<FundingCall?> PublishedCallAsync(int callId, CancellationToken cancellationToken) =>
        await calls.FindAsync(callId, cancellationToken) is { Status: CallStatus.Published } call ? call : null;

    public Task<(FundingApplication? Application, DeskOutcome Outcome)> StartDraftAsync(
        HackathonSubmissionInfo submission, FundingCall call, Guid accountId, CancellationToken cancellationToken) =>
        desk.CreateDraftAsync(call, accountId, Prefill(submission, call), CultureInfo.InvariantCulture, cancellationToken);

    /// <summary>
    /// The draft's input: the title from the team and its challenge, and the submission's description with where it comes
    /// from and its links as the answer to the call's first long-text question. Too long a text is shortened to fit the
    /// question; the links are kept, the description is cut.
    /// </summary>
    public ApplicationInput Prefill(HackathonSubmissionInfo submission, FundingCall call)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(call);
        var title = submission.ChallengeTitle is { } challenge ? $"{submission.TeamName}: {challenge}" : submission.TeamName;
        var input = new ApplicationInput { Title = Shorten(title, ApplicationsModel.TitleLength) };
        if (call.FormFields.FirstOrDefault(f => f.Kind == FormFieldKind.LongText) is { } question)
        {
            var limit = question.Max is { } max && max > 0 && max < ApplicationsModel.LongTextLength ? (int)max : ApplicationsModel.LongTextLength;
            input.Answers[question.Key] = new AnswerInput { Value = Description(submission, limit) };
        }

        return input;
    }

    private string Description(HackathonSubmissionInfo submission, int limit)
    {
        var lines = new List<string> { texts["Funding.FromHackathon.Origin", submission.HackathonTitle, submission.Place ?? 0, submission.TeamName] };
        if (submission.ChallengeTitle is { } challenge)
        {
            lines.Add(texts["Funding.FromHackathon.ChallengeLine", challenge]);
        }

        if (submission.RepositoryUrl is { } repository)
        {
            lines.Add(texts["Funding.FromHackathon.Repository", repository]);
        }

        if (submission.DemoUrl is { } demo)
        {
            lines.Add(texts["Funding.FromHackathon.Demo", demo]);
        }

        var about = string.Join("\n", lines);
        var room = limit - about.Length - 2;
        return room > 0 ? $"{Shorten(submission.Description, room)}\n\n{about}" : Shorten(about, limit);
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
