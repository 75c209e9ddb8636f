using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Records.Data.Configurations;

internal sealed class ExamSittingConfiguration : IEntityTypeConfiguration<ExamSitting>
{
    /// <summary>The table the sign-up handlers lock by name (<c>SELECT … FOR UPDATE</c>).</summary>
    public const string Table = "exam_sittings";

    public void Configure(EntityTypeBuilder<ExamSitting> builder)
    {
        builder.ToTable(Table, t =>
        {
            t.HasCheckConstraint("ck_exam_sittings_capacity", "capacity > 0");
            t.HasCheckConstraint("ck_exam_sittings_times", "ends_at > starts_at");
            t.HasCheckConstraint("ck_exam_sittings_window", "sign_up_opens <= sign_up_closes");
        });
        builder.HasIndex(s => new { s.CourseCode, s.StartsAt });
        builder.Property(s => s.CourseCode).HasMaxLength(RecordsRules.MaxCodeLength);
        builder.Property(s => s.ModuleCode).HasMaxLength(RecordsRules.MaxCodeLength);
        builder.Property(s => s.Place).HasMaxLength(ExamSitting.MaxPlaceLength);
        builder.Property(s => s.CreatedBy).HasMaxLength(RecordsRules.MaxUserIdLength);
        builder.Property(s => s.CancelledBy).HasMaxLength(RecordsRules.MaxUserIdLength);
        builder.Property(s => s.RowVersion).IsRowVersion();
        builder.Ignore(s => s.IsCancelled);
        builder.HasMany(s => s.SignUps).WithOne().HasForeignKey(u => u.SittingId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(s => s.SignUps).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
