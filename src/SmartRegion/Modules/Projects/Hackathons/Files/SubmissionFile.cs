namespace SmartRegion.Modules.Projects.Hackathons.Files;

/// <summary>
/// A document a team hands in with its result (slides, a report, a screenshot), kept in the database. It belongs to
/// the team's result, like the result belongs to the team, and goes with it.
/// </summary>
public sealed class SubmissionFile
{
    public Guid Id { get; set; }

    public int SubmissionId { get; set; }

    /// <summary>The name it had on the uploader's computer, cleaned of paths and odd characters.</summary>
    public string FileName { get; set; } = "";

    /// <summary>Derived from the checked content, never taken from the upload's header.</summary>
    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    public byte[] Bytes { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public static string LinkTo(Guid id) => $"/hackathons/files/{id}";
}

/// <summary>A file of a result as lists show it, without its bytes.</summary>
public sealed record SubmissionFileInfo(Guid Id, int SubmissionId, string FileName, long Length)
{
    public string Url => SubmissionFile.LinkTo(Id);
}
