using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Records.Data.Configurations;

internal sealed class ProgrammeRegistrationConfiguration : IEntityTypeConfiguration<ProgrammeRegistration>
{
    public void Configure(EntityTypeBuilder<ProgrammeRegistration> builder)
    {
        builder.ToTable("programme_registrations");
        // One registration per student and programme, even when two administrators race.
        builder.HasIndex(p => new { p.StudentId, p.ProgrammeId }).IsUnique();
        builder.HasOne<Student>().WithMany().HasForeignKey(p => p.StudentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.ProgrammeCode).HasMaxLength(RecordsRules.MaxCodeLength);
        builder.Property(p => p.StartTerm).HasMaxLength(RecordsRules.MaxCodeLength);
        builder.Property(p => p.RegisteredBy).HasMaxLength(RecordsRules.MaxUserIdLength);
        builder.Property(p => p.DropoutReason).HasMaxLength(Registration.MaxReasonLength);
        builder.Property(p => p.DropoutRecordedBy).HasMaxLength(RecordsRules.MaxUserIdLength);
        builder.Property(p => p.RowVersion).IsRowVersion();
        builder.HasMany(p => p.StudyBreaks).WithOne().HasForeignKey(b => b.ProgrammeRegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.StudyBreaks).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
