using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Records.Data.Configurations;

internal sealed class ExamSittingSignUpConfiguration : IEntityTypeConfiguration<ExamSittingSignUp>
{
    public void Configure(EntityTypeBuilder<ExamSittingSignUp> builder)
    {
        builder.ToTable("exam_sitting_sign_ups");
        // One seat per student and one student per code at a sitting, even should the sitting's lock ever be bypassed.
        builder.HasIndex(u => new { u.SittingId, u.StudentId }).IsUnique();
        builder.HasIndex(u => new { u.SittingId, u.AnonymousCode }).IsUnique();
        builder.HasIndex(u => u.StudentId);
        builder.Property(u => u.AnonymousCode).HasMaxLength(AnonymousCode.Length);
        builder.HasOne<Student>().WithMany().HasForeignKey(u => u.StudentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Registration>().WithMany().HasForeignKey(u => u.RegistrationId).OnDelete(DeleteBehavior.Restrict);
    }
}
