using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Records.Data.Configurations;

internal sealed class ResultConfiguration : IEntityTypeConfiguration<Result>
{
    public void Configure(EntityTypeBuilder<Result> builder)
    {
        builder.ToTable("results");
        builder.HasIndex(r => r.StudentId);
        builder.HasIndex(r => r.RegistrationId);
        // One result at a time with the reporter or the examiner per student, offering and module (or
        // course grade), whichever term's registration it is on: two reporters racing on one student,
        // one through the FFG and one through the FO, store one draft, and the other gets CONFLICT.
        builder.HasIndex(r => new { r.StudentId, r.OfferingId, r.ModuleId })
            .IsUnique()
            .AreNullsDistinct(false)
            .HasFilter("offering_id IS NOT NULL AND status IN ('Draft', 'Ready', 'Rejected')")
            .HasDatabaseName("ix_results_one_open_per_module");
        // resultsAwaitingAttestation: the ready results naming the caller.
        builder.HasIndex(r => r.Examiners).HasMethod("gin").HasFilter("status = 'Ready'");
        builder.Property(r => r.CourseCode).HasMaxLength(RecordsRules.MaxCodeLength);
        builder.Property(r => r.ModuleCode).HasMaxLength(RecordsRules.MaxCodeLength);
        builder.Property(r => r.Grade).HasMaxLength(RecordsRules.MaxCodeLength);
        builder.Property(r => r.Credits).HasPrecision(5, 1);
        builder.Property(r => r.ProjectTitle).HasMaxLength(Result.MaxProjectTitleLength);
        builder.Property(r => r.TransferredFrom).HasMaxLength(Result.MaxReasonLength);
        builder.Property(r => r.RejectionReason).HasMaxLength(Result.MaxReasonLength);
        builder.Property(r => r.RemovalReason).HasMaxLength(Result.MaxReasonLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(RecordsRules.MaxCodeLength);
        builder.Property(r => r.Origin).HasConversion<string>().HasMaxLength(RecordsRules.MaxCodeLength);
        foreach (var by in new[] { nameof(Result.ReportedBy), nameof(Result.ChangedBy), nameof(Result.DecidedBy), nameof(Result.RemovalRequestedBy),
            nameof(Result.RemovedBy) })
        {
            builder.Property(by).HasMaxLength(RecordsRules.MaxUserIdLength);
        }
        builder.Property(r => r.RowVersion).IsRowVersion();
    }
}
