using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Platform.Reviewing;

/// <summary>The review engine's two tables; the platform's database context applies them like the identity tables.</summary>
internal static class ReviewingModel
{
    public const int KindLength = 40;
    public const int KeyLength = 40;
    public const int CommentLength = 4000;
    public const int NoteLength = 2000;

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ReviewAssignment>(assignment =>
        {
            assignment.ToTable("ReviewAssignments");
            assignment.Property(a => a.SubjectKind).HasMaxLength(KindLength);
            assignment.Property(a => a.ConflictNote).HasMaxLength(NoteLength);
            assignment.Property(a => a.Comment).HasMaxLength(CommentLength);
            assignment.Property(a => a.Recommendation).HasConversion<string>().HasMaxLength(8);

            // Part of every update's condition: of two parallel declarations or submissions only one is saved.
            assignment.Property(a => a.DeclaredAt).IsConcurrencyToken();
            assignment.Property(a => a.SubmittedAt).IsConcurrencyToken();

            // One review per reviewer and subject, even when staff assign in parallel.
            assignment.HasIndex(a => new { a.SubjectKind, a.SubjectId, a.ReviewerId }).IsUnique();
            assignment.HasIndex(a => new { a.SubjectKind, a.RoundId });
            assignment.HasIndex(a => a.ReviewerId);
            assignment.Ignore(a => a.Stage);
            assignment.Ignore(a => a.Counts);
            assignment.HasMany(a => a.Scores).WithOne().HasForeignKey(s => s.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ReviewScore>(score =>
        {
            score.ToTable("ReviewScores");
            score.HasKey(s => new { s.AssignmentId, s.CriterionKey });
            score.Property(s => s.CriterionKey).HasMaxLength(KeyLength);
            score.Property(s => s.Comment).HasMaxLength(CommentLength);
        });
    }
}
