using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Records.Data.Configurations;

internal sealed class StudentConfiguration : IEntityTypeConfiguration<Student>
{
    public void Configure(EntityTypeBuilder<Student> builder)
    {
        builder.ToTable("students", t => t.HasCheckConstraint("ck_students_identity_number", "length(identity_number) = 12"));
        // One student per number, even when two administrators create the same person at once.
        builder.HasIndex(s => s.IdentityNumber).IsUnique();
        builder.Property(s => s.IdentityNumber).HasMaxLength(RecordsRules.IdentityNumberLength);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(RecordsRules.MaxCodeLength);
        builder.Property(s => s.Email).HasMaxLength(RecordsRules.MaxEmailLength);
        // Sign-in finds the student by it, so one student per principal name.
        builder.HasIndex(s => s.PrincipalName).IsUnique().HasFilter("principal_name IS NOT NULL");
        builder.Property(s => s.PrincipalName).HasMaxLength(RecordsRules.MaxEmailLength);
        builder.Property(s => s.CreatedBy).HasMaxLength(RecordsRules.MaxUserIdLength);
        builder.Property(s => s.RowVersion).IsRowVersion();
        builder.Ignore(s => s.Name);
        builder.HasMany(s => s.Registrations).WithOne().HasForeignKey(r => r.StudentId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(s => s.Registrations).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
