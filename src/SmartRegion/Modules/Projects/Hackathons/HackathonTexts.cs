namespace SmartRegion.Modules.Projects.Hackathons;

/// <summary>The text keys for outcomes and awards, shared by pages and API.</summary>
public static class HackathonTexts
{
    public static string Outcome(TeamOutcome outcome) => $"Hackathons.Outcome.{outcome}";

    public static string Award(HackathonAward award) => $"Hackathons.Award.{award}";
}
