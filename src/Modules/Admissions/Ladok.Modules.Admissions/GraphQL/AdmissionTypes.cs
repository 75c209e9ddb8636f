using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Loading;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Admissions.Application;
using Ladok.Modules.Admissions.Domain;
using Ladok.Modules.Records.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Admissions.GraphQL;

public sealed class AdmissionType : ObjectGraphType<Admission>
{
    public AdmissionType()
    {
        Name = "Admission";
        Description = "Antagning: a student's admission to a course offering, which lets them register on it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The admission's own id.").Resolve(c => c.Source.Id);
        Field("student", Links.Of("Student")).Description("The admitted student.").Resolve(c => Links.Load(c, "Student", c.Source.StudentId));
        Field("offering", Links.Of("CourseOffering")).Description("The offering admitted to.")
            .Resolve(c => Links.Load(c, "CourseOffering", c.Source.OfferingId));
        Field<NonNullGraphType<AdmissionStatusType>>("status").Description("Admitted, conditionally admitted or a reserve.").Resolve(c => c.Source.Status);
        Field(a => a.ReservePlace, nullable: true).Description("The place on the reserve list (reservplats), 1 first; null unless a reserve.");
        Field<NonNullGraphType<AdmissionSourceType>>("source").Description("Recorded locally or imported from the national admission system.")
            .Resolve(c => c.Source.Source);
        Field(a => a.RecordedAt).Description("When the latest decision was recorded.");
    }
}

public sealed class AdmissionStatusType : EnumerationGraphType<AdmissionStatus>
{
    public AdmissionStatusType()
    {
        Name = "AdmissionStatus";
        Description = "How a student is admitted to an offering.";
        this.DescribeValues(new Dictionary<AdmissionStatus, string>
        {
            [AdmissionStatus.Admitted] = "Antagen: may register.",
            [AdmissionStatus.ConditionallyAdmitted] = "Villkorligt antagen: registers once a study administrator has confirmed the condition.",
            [AdmissionStatus.Reserve] = "Reserv: on the reserve list at a place, with no place on the offering yet.",
        });
    }
}

public sealed class AdmissionSourceType : EnumerationGraphType<AdmissionSource>
{
    public AdmissionSourceType()
    {
        Name = "AdmissionSource";
        Description = "Where an admission came from.";
        this.DescribeValues(new Dictionary<AdmissionSource, string>
        {
            [AdmissionSource.Local] = "Lokal antagning: recorded by a study administrator (`admitStudent`).",
            [AdmissionSource.NationalImport] = "Imported from the national admission system's export (`admissions import`).",
        });
    }
}

/// <summary>Adds <c>admissions</c> to the Catalogue's <c>CourseOffering</c> and to Records' <c>Student</c>; neither knows of it.</summary>
public sealed class AdmissionsExtension(string typeName, string loaderName, Func<AdmissionsReader, IReadOnlyCollection<Guid>, CancellationToken,
    Task<IReadOnlyDictionary<Guid, List<Admission>>>> fetch, string description) : INodeTypeExtension
{
    public string TypeName => typeName;

    public static AdmissionsExtension OfOffering { get; } = new("CourseOffering", "admissions.byOffering", (r, ids, ct) => r.ByOfferingIdsAsync(ids, ct),
        "Antagningar: the students admitted to the offering, reserves by their place; for those who may read student records.");

    public static AdmissionsExtension OfStudent { get; } = new("Student", "admissions.byStudent", (r, ids, ct) => r.ByStudentIdsAsync(ids, ct),
        "Antagningar: the offerings the student is admitted to, latest first; for those who may read student records.");

    public void AddFields(ObjectGraphType fields, Func<object, Guid> idOf) =>
        fields.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdmissionType>>>>("admissions")
            .Description(description)
            .RequirePolicy(RecordsPolicies.Read)
            .Resolve(c =>
            {
                var services = c.RequestServices!;
                var reader = services.GetRequiredService<AdmissionsReader>();
                return services.GetRequiredService<BatchLoaderContext>()
                    .Get<Guid, List<Admission>>(loaderName, (ids, ct) => fetch(reader, ids, ct))
                    .Load(idOf(c.Source!))
                    .Then(admissions => (IEnumerable<Admission>)(admissions ?? []));
            });
}

/// <summary>
/// Adds <c>admissions</c> to Records' <c>MyStudies</c> (<c>me.student</c>): the signed-in student's own admissions, which the register-for-a-term
/// screen lists with their offerings' registration windows. It reads the student from the sign-in, never from the object.
/// </summary>
public sealed class MyAdmissionsExtension : INodeTypeExtension
{
    public string TypeName => "MyStudies";

    public void AddFields(ObjectGraphType fields, Func<object, Guid> idOf) =>
        fields.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdmissionType>>>>("admissions")
            .Description("Your admissions (antagningar), latest recorded first: the offerings you may register on with `registerMyself` while their "
                + "registration window (`offering.registrationOpens` to `registrationCloses`) is open.")
            .Resolve(c =>
            {
                var services = c.RequestServices!;
                var reader = services.GetRequiredService<AdmissionsReader>();
                return services.GetRequiredService<BatchLoaderContext>()
                    .Get<Guid, List<Admission>>("admissions.byStudent", reader.ByStudentIdsAsync)
                    .Load(CallerIdentity.StudentIdOf(c.User) ?? throw new LadokException(KernelReasons.NotAStudent))
                    .Then(admissions => (IEnumerable<Admission>)(admissions ?? []));
            });
}
