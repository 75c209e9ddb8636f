using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Records.Data.Configurations;

internal sealed class StudyBreakConfiguration : IEntityTypeConfiguration<StudyBreak>
{
    public void Configure(EntityTypeBuilder<StudyBreak> builder)
    {
        builder.ToTable("study_breaks", t => t.HasCheckConstraint("ck_study_breaks_dates", "\"from\" <= \"to\""));
        builder.HasIndex(b => b.RegistrationId);
        builder.HasIndex(b => b.ProgrammeStudyBreakId);
        builder.HasOne<ProgrammeStudyBreak>().WithMany().HasForeignKey(b => b.ProgrammeStudyBreakId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(b => b.Reason).HasMaxLength(StudyBreak.MaxReasonLength);
        builder.Property(b => b.RecordedBy).HasMaxLength(RecordsRules.MaxUserIdLength);
        builder.Ignore(b => b.Span);
    }
}
