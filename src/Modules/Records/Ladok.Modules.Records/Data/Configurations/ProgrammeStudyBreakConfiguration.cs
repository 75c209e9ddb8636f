using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Records.Data.Configurations;

internal sealed class ProgrammeStudyBreakConfiguration : IEntityTypeConfiguration<ProgrammeStudyBreak>
{
    public void Configure(EntityTypeBuilder<ProgrammeStudyBreak> builder)
    {
        builder.ToTable("programme_study_breaks", t => t.HasCheckConstraint("ck_programme_study_breaks_dates", "\"from\" <= \"to\""));
        builder.HasIndex(b => b.ProgrammeRegistrationId);
        builder.Property(b => b.ResumeTerm).HasMaxLength(RecordsRules.MaxCodeLength);
        builder.Property(b => b.RecordedBy).HasMaxLength(RecordsRules.MaxUserIdLength);
        builder.Ignore(b => b.Span);
    }
}
