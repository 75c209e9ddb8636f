using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Records.Data.Configurations;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.ToTable("registrations");
        // The same offering twice in a term is refused by Student.Register; the key still guards two requests racing.
        builder.HasIndex(r => new { r.StudentId, r.OfferingId, r.Term }).IsUnique();
        builder.HasIndex(r => r.OfferingId);
        builder.Property(r => r.CourseCode).HasMaxLength(RecordsRules.MaxCodeLength);
        builder.Property(r => r.OfferingCode).HasMaxLength(RecordsRules.MaxCodeLength);
        builder.Property(r => r.Term).HasMaxLength(RecordsRules.MaxCodeLength);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(RecordsRules.MaxCodeLength);
        builder.Property(r => r.RegisteredBy).HasMaxLength(RecordsRules.MaxUserIdLength);
        builder.Property(r => r.RowVersion).IsRowVersion();
        builder.Property(r => r.DropoutReason).HasMaxLength(Registration.MaxReasonLength);
        builder.Property(r => r.DropoutRecordedBy).HasMaxLength(RecordsRules.MaxUserIdLength);
        builder.Property(r => r.WithdrawnBy).HasMaxLength(RecordsRules.MaxUserIdLength);
        builder.Ignore(r => r.Dropout);
        builder.Ignore(r => r.NeverStarted);
        builder.HasMany(r => r.StudyBreaks).WithOne().HasForeignKey(b => b.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.StudyBreaks).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
