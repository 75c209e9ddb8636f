using Ladok.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Reporting.Data.Configurations;

internal sealed class ResultFactConfiguration : IEntityTypeConfiguration<ResultFact>
{
    public void Configure(EntityTypeBuilder<ResultFact> builder)
    {
        builder.ToTable("results");
        builder.HasKey(r => r.ResultId);
        builder.Property(r => r.ResultId).ValueGeneratedNever();
        builder.Property(r => r.CourseCode).HasMaxLength(20);
        builder.Property(r => r.ModuleCode).HasMaxLength(20);
        builder.Property(r => r.Grade).HasMaxLength(20);
        builder.Property(r => r.Credits).HasPrecision(5, 1);
        builder.Property(r => r.Level).HasMaxLength(20);
        builder.Property(r => r.FinancingForm).HasMaxLength(30);
        builder.HasIndex(r => r.DecidedOn);
        builder.HasIndex(r => r.ExaminedOn);
    }
}
