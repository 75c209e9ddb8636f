using Ladok.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Reporting.Data.Configurations;

internal sealed class RegistrationFactConfiguration : IEntityTypeConfiguration<RegistrationFact>
{
    public void Configure(EntityTypeBuilder<RegistrationFact> builder)
    {
        builder.ToTable("registrations");
        builder.HasKey(r => r.RegistrationId);
        builder.Property(r => r.RegistrationId).ValueGeneratedNever();
        builder.Property(r => r.CourseCode).HasMaxLength(20);
        builder.Property(r => r.Kind).HasMaxLength(20);
        builder.Property(r => r.Term).HasMaxLength(20);
        builder.HasIndex(r => r.Term);
        builder.Property(r => r.Credits).HasPrecision(5, 1);
        builder.Property(r => r.Level).HasMaxLength(20);
        builder.Property(r => r.FinancingForm).HasMaxLength(30);
        builder.Property(r => r.StudyForm).HasMaxLength(20);
        builder.Property(r => r.Place).HasMaxLength(40);
        builder.HasIndex(r => new { r.StartDate, r.EndDate });
        // A recent period's registrations are the few that end after its first day: without this a year's HST scans them all.
        builder.HasIndex(r => r.EndDate);
    }
}
